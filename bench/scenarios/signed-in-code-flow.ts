import { closedLoop } from "../support/closed-loop";
import { CookieJar } from "../support/cookie-jar";
import { authorizeInteractively, authorizeSignedIn, exchangeCode } from "../support/oauth-flow";
import { EVERY_TARGET, loopOptions, type Scenario } from "./scenario";

// b. A user already signed in, who consented to the app before, comes back through a web app:
// GET /oauth/authorize answers 303 with a code at once; the app exchanges it (PKCE, secret).
// Each worker is one browser, signed in once before the clock starts.
export const signedInCodeFlow: Scenario = {
  id: "b",
  title: "code + PKCE flow, signed in, consent remembered",
  targets: EVERY_TARGET,
  run: (target, options) =>
    closedLoop(
      loopOptions(options),
      async () => {
        const jar = new CookieJar();
        await exchangeCode(
          target.issuer,
          target.web,
          await authorizeInteractively(jar, target.issuer, target.web, target.account),
        );
        return jar;
      },
      async (jar) => {
        await exchangeCode(target.issuer, target.web, await authorizeSignedIn(jar, target.issuer, target.web));
        return jar;
      },
    ),
};
