import * as oidc from "openid-client";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { publisherApi } from "./support/register-web-app";
import { discover } from "./support/oauth";
import { startServer, type RunningServer } from "./support/start-server";
import { startAuthorization } from "./support/authorize";
import { Browser } from "./support/browser";
import { useServer } from "./support/use-server";
import { useTestDatabase } from "./support/use-test-database";

const TOKEN = "metrics-token-0123456789abcdef";

describe("/metrics", () => {
  const database = useTestDatabase();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ ...database.current().env, NINKA_METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const scrape = async () => {
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusTextFormat(await response.text());
    return (name: string, labels: Record<string, string> = {}) =>
      families
        .find((family) => family.name === name)
        ?.metrics.filter((sample) => Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value))
        .reduce((sum, sample) => sum + Number(sample.value ?? sample.count ?? sample.buckets?.["+Inf"] ?? 0), 0) ?? 0;
  };

  it("answers 401 without the token or with a wrong one", async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
  });

  it("is parseable Prometheus text whose counters move with traffic, without per-client labels", async () => {
    const api = apiClient(server.url, await createPat(await createDeveloper("Ops")));
    const { json: app } = await api("POST", "/clients", { client_name: "Worker", application_type: "m2m" });
    const before = await scrape();
    const config = await discover(server.url, app.client_id, app.client_secret);
    for (let i = 0; i < 3; i++) await oidc.clientCredentialsGrant(config);
    const after = await scrape();
    expect(
      after("ninka_oauth_tokens_issued_total", { grant_type: "client_credentials" }) -
        before("ninka_oauth_tokens_issued_total", { grant_type: "client_credentials" }),
    ).toBe(3);
    expect(
      after("ninka_http_requests_total", { family: "oauth_token" }) -
        before("ninka_http_requests_total", { family: "oauth_token" }),
    ).toBe(3);
    expect(after("ninka_http_requests_total", { family: "rest" })).toBeGreaterThanOrEqual(1);
    // The parser keeps only some buckets of a histogram, not its labels: read the count line itself.
    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(
      Number(/^ninka_http_request_duration_seconds_count\{family="oauth_token"\} (\d+)$/m.exec(text)?.[1]),
    ).toBeGreaterThanOrEqual(3);
    expect(after("ninka_db_query_duration_seconds")).toBeGreaterThan(0);
    expect(after("ninka_process_cpu_user_seconds_total")).toBeGreaterThan(0);
    // The pool gauge names this database and shows the connection(s) the traffic above used.
    const kind = database.current().kind;
    expect(after("ninka_db_pool_connections", { database: kind, state: "total" })).toBeGreaterThanOrEqual(1);
    expect(after("ninka_db_pool_connections", { database: kind, state: "max" })).toBeGreaterThanOrEqual(
      after("ninka_db_pool_connections", { database: kind, state: "total" }),
    );
    if (kind === "postgresql")
      expect(text).toMatch(/^ninka_db_pool_connections\{database="postgresql",state="waiting"\} \d+$/m);
    expect(text).not.toContain(app.client_id);
  });

  it("times the hot path's prepared statements beside Prisma's queries, labelled by how they ran", async () => {
    const api = apiClient(server.url, await createPat(await createDeveloper("Hot")));
    const { json: app } = await api("POST", "/clients", { client_name: "Hot worker", application_type: "m2m" });
    const config = await discover(server.url, app.client_id, app.client_secret);
    const queries = async (via: string) => {
      const text = await (
        await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
      ).text();
      const line = new RegExp(`^ninka_db_query_duration_seconds_count\\{via="${via}"\\} (\\d+)$`, "m").exec(text);
      return Number(line?.[1] ?? 0);
    };
    await oidc.clientCredentialsGrant(config); // warms the client cache
    const before = await queries("hot_path");
    for (let i = 0; i < 3; i++) await oidc.clientCredentialsGrant(config);
    // A warm token request runs two prepared statements: the clients' cache version, the token's upsert.
    expect((await queries("hot_path")) - before).toBeGreaterThanOrEqual(6);
    expect(await queries("prisma")).toBeGreaterThan(0);
  });

  it("counts password sign-ins by result, with no account in the labels", async () => {
    const api = await publisherApi(server.url);
    const { json: app } = await api("POST", "/clients", {
      client_name: "Site",
      application_type: "web",
      redirect_uris: ["https://app.example/cb"],
    });
    const user = await createDeveloper("Login");
    const config = await discover(server.url, app.client_id, app.client_secret);
    const before = await scrape();
    const browser = new Browser(server.url);
    let page = await browser.visit((await startAuthorization(config, "https://app.example/cb")).url.href);
    page = await browser.submit(page, "/login", { email: user.email, password: "not the password" });
    await browser.submit(page, "/login", { email: user.email, password: user.password });
    const after = await scrape();
    expect(
      after("ninka_logins_total", { result: "failure" }) - before("ninka_logins_total", { result: "failure" }),
    ).toBe(1);
    expect(
      after("ninka_logins_total", { result: "success" }) - before("ninka_logins_total", { result: "success" }),
    ).toBe(1);
    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(text).not.toContain(user.email);
  });
});

describe("/metrics without NINKA_METRICS_TOKEN", () => {
  // The run's shared server has no metrics token.
  const { server } = useServer();
  it("does not exist (404)", async () => {
    const response = await fetch(`${server().url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(404);
  });
});
