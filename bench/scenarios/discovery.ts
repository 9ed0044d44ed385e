import { load, probe } from "../support/load";
import { EVERY_TARGET, loadOptions, type Scenario } from "./scenario";

// e. The discovery document: no database; the cost of the server and provider around a request.
export const discovery: Scenario = {
  id: "e1",
  title: "GET /oauth/.well-known/openid-configuration",
  targets: EVERY_TARGET,
  async run(target, options) {
    const req = { url: `${target.issuer}/.well-known/openid-configuration` };
    await probe(req, (body) => body.includes(`"issuer":"${target.issuer}"`), "discovery");
    return load(req, loadOptions(options));
  },
};
