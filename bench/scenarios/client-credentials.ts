import { basicAuth, FORM } from "../support/http";
import { load, probe, type LoadRequest } from "../support/load";
import { EVERY_TARGET, loadOptions, type Scenario } from "./scenario";

// a. A machine-to-machine client gets an access token: client lookup, secret check, token stored.
export const clientCredentials: Scenario = {
  id: "a",
  title: "POST /oauth/token client_credentials",
  targets: EVERY_TARGET,
  async run(target, options) {
    const req: LoadRequest = {
      url: `${target.issuer}/token`,
      method: "POST",
      headers: { authorization: basicAuth(target.m2m.clientId, target.m2m.secret), "content-type": FORM },
      body: "grant_type=client_credentials",
    };
    await probe(req, (body) => body.includes('"access_token"'), "client_credentials");
    return load(req, loadOptions(options));
  },
};
