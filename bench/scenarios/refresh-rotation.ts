import { closedLoop } from "../support/closed-loop";
import { CookieJar } from "../support/cookie-jar";
import { authorizeInteractively, exchangeCode, refresh } from "../support/oauth-flow";
import { EVERY_TARGET, loopOptions, type Scenario } from "./scenario";

// d. A public client (SPA or native app) with offline_access refreshes its tokens: each refresh
// consumes the presented refresh token and returns a new one (rotation, RFC 9700 §4.14.2).
// Each worker holds one grant; offline_access needs prompt=consent (OIDC Core §11).
export const refreshRotation: Scenario = {
  id: "d",
  title: "refresh-token rotation, public client",
  targets: EVERY_TARGET,
  run: (target, options) =>
    closedLoop(
      loopOptions(options),
      async () => {
        const authorization = await authorizeInteractively(
          new CookieJar(),
          target.issuer,
          target.spa,
          target.account,
          "consent",
        );
        const tokens = await exchangeCode(target.issuer, target.spa, authorization);
        if (!tokens.refresh_token) throw new Error("no refresh token for offline_access");
        return tokens.refresh_token;
      },
      (refreshToken) => refresh(target.issuer, target.spa, refreshToken),
    ),
};
