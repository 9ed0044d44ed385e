import { load, probe } from "../support/load";
import { EVERY_TARGET, loadOptions, type Scenario } from "./scenario";

// e. The public signing keys, which every relying party fetches to verify ID tokens.
export const jwks: Scenario = {
  id: "e2",
  title: "GET /oauth/jwks",
  targets: EVERY_TARGET,
  async run(target, options) {
    const req = { url: `${target.issuer}/jwks` };
    await probe(req, (body) => body.includes('"keys":[{'), "jwks");
    return load(req, loadOptions(options));
  },
};
