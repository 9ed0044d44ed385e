import { load, probe } from "../support/load";
import { loadOptions, NINKA_ONLY, type Scenario } from "./scenario";

// e. REST GET /clients for a developer with many apps (BENCH_APPS, 1,000 by default), with a
// personal access token: the first page, the default 20, as an API client asks without parameters.
// Once at one connection (the latency of one caller) and once at BENCH_CONNECTIONS (throughput;
// its p50 is mostly queueing).
const clientsApi = (single: boolean): Scenario => ({
  id: single ? "e3-1" : "e3",
  title: `GET /clients (personal access token)${single ? ", 1 connection" : ""}`,
  targets: NINKA_ONLY,
  async run(target, options) {
    const req = { url: `${target.server.url}/clients`, headers: { authorization: `Bearer ${target.pat!}` } };
    const pageSize = Math.min(20, options.apps);
    await probe(
      req,
      (body) => (JSON.parse(body) as { clients: unknown[] }).clients.length === pageSize,
      "GET /clients",
    );
    return load(req, { ...loadOptions(options), ...(single && { connections: 1 }) });
  },
});

export const clientsApiSingle = clientsApi(true);
export const clientsApiLoaded = clientsApi(false);
