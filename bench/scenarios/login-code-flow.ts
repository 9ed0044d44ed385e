import { closedLoop } from "../support/closed-loop";
import { CookieJar } from "../support/cookie-jar";
import { authorizeInteractively, exchangeCode } from "../support/oauth-flow";
import { loopOptions, NINKA_ONLY, type Scenario } from "./scenario";

// c. The same flow from a fresh browser: authorize, the login page, the password posted (one
// password hash verified), the resumed authorization, the code exchanged. Consent is remembered
// from the account's earlier grant, so no consent page. Ninka only: the baselines ask no password.
// Each worker signs in as its own user (consenting once, before the clock): the login throttle lets
// at most 5 attempts per account be in flight at once (lib/accounts/users/login-throttle.ts), and 10 workers
// on one account would be refused as the brute force they would look like.
export const loginCodeFlow: Scenario = {
  id: "c",
  title: "code + PKCE flow with a password login",
  targets: NINKA_ONLY,
  run: (target, options) =>
    closedLoop(
      loopOptions(options),
      async () => {
        const account = await target.createAccount!();
        await exchangeCode(
          target.issuer,
          target.web,
          await authorizeInteractively(new CookieJar(), target.issuer, target.web, account),
        );
        return account;
      },
      async (account) => {
        const authorization = await authorizeInteractively(new CookieJar(), target.issuer, target.web, account);
        if (authorization.pages.login !== 1)
          throw new Error(`expected one login page, saw ${authorization.pages.login}`);
        await exchangeCode(target.issuer, target.web, authorization);
        return account;
      },
    ),
};
