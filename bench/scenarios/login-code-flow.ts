import { closedLoop } from "../support/closed-loop";
import { CookieJar } from "../support/cookie-jar";
import { authorizeInteractively, exchangeCode } from "../support/oauth-flow";
import { loopOptions, NINKA_ONLY, type Scenario } from "./scenario";

// c. The same flow from a fresh browser: authorize, the login page, the password posted (one
// password hash verified), the resumed authorization, the code exchanged. Consent is remembered
// from the account's earlier grant, so no consent page. Ninka only: the baselines ask no password.
export const loginCodeFlow: Scenario = {
  id: "c",
  title: "code + PKCE flow with a password login",
  targets: NINKA_ONLY,
  run: (target, options) =>
    closedLoop(
      loopOptions(options),
      async () => ({}),
      async (state) => {
        const authorization = await authorizeInteractively(new CookieJar(), target.issuer, target.web, target.account);
        if (authorization.pages.login !== 1) throw new Error(`expected one login page, saw ${authorization.pages.login}`);
        await exchangeCode(target.issuer, target.web, authorization);
        return state;
      },
    ),
};
