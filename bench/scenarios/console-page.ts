import { signInToConsole } from "../support/console-session";
import { load, probe } from "../support/load";
import { loadOptions, NINKA_ONLY, type Scenario } from "./scenario";

// e. The console's app list (/console, server-rendered, 50 apps a page) for the developer with many
// apps, with the next-auth session cookie of one real sign-in. At one connection and at
// BENCH_CONNECTIONS, as for GET /clients.
const consolePage = (single: boolean): Scenario => ({
  id: single ? "e4-1" : "e4",
  title: `GET /console (app list page)${single ? ", 1 connection" : ""}`,
  targets: NINKA_ONLY,
  async run(target, options) {
    const cookie = await signInToConsole(target.server.url, target.account);
    const req = { url: `${target.server.url}/console`, headers: { cookie } };
    await probe(req, (body) => body.includes("Your apps") && body.includes("Bench SPA"), "GET /console");
    return load(req, { ...loadOptions(options), ...(single && { connections: 1 }) });
  },
});

export const consolePageSingle = consolePage(true);
export const consolePageLoaded = consolePage(false);
