import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { createDeveloper } from "../support/api-fixtures";
import { startAuthorization } from "../support/authorize";
import { Browser } from "../support/browser";
import { useServer, type TestServer } from "../support/use-server";
import { registerWebApp, WEB_APP_REDIRECT } from "../support/register-web-app";

// server.ts tells Next.js the client's address in X-Ninka-Client-IP (lib/kernel/net/client-ip.ts), always
// replacing what a client sent in it: the audit log, the sign-in throttle and the session's device
// note hold the real address (here the trusted proxy's X-Forwarded-For), never the forged header.
const REDIRECT = WEB_APP_REDIRECT;
const REAL = "198.51.100.23";
const FORGED = "203.0.113.66";

describe("a client-sent X-Ninka-Client-IP header", () => {
  // The shared server trusts X-Forwarded-For (use-server.ts); REAL and FORGED are this file's alone.
  const database = useServer();
  let server: TestServer;
  let config: oidc.Configuration;

  beforeAll(async () => {
    server = database.server();
    ({ config } = await registerWebApp(server.url));
  });

  it("is overwritten: sign-in events, the throttle and the device note show the real address", async () => {
    const user = await createDeveloper("Holder");
    const browser = new Browser(server.url, { "x-forwarded-for": REAL, "x-ninka-client-ip": FORGED });

    // A wrong password first (the throttle's per-IP bucket, a signin.failed event), then the right one.
    const auth = await startAuthorization(config, REDIRECT);
    const login = await browser.visit(auth.url.href);
    const again = await browser.submit(login, "/login", { email: user.email, password: "not the password" });
    expect(again.html).toContain('/login"');
    let page = await browser.submit(again, "/login", { email: user.email, password: user.password });
    if (page.html.includes('/consent"')) page = await browser.submit(page, "/consent", { decision: "allow" });
    expect(new URL(page.url).searchParams.get("code")).toBeTruthy();

    const events = await getDb().auditEvent.findMany({
      where: { userId: user.id, action: { in: ["signin.failed", "signin.succeeded"] } },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["signin.failed", "signin.succeeded"]);
    for (const event of events) expect(event.ip).toBe(REAL);
    expect(await getDb().loginAttempt.count({ where: { key: { contains: FORGED } } })).toBe(0);
    expect(await getDb().loginAttempt.count({ where: { key: { contains: REAL } } })).toBeGreaterThan(0);
    const devices = await getDb().sessionDevice.findMany({ where: { accountId: user.id } });
    expect(devices.length).toBeGreaterThan(0);
    for (const device of devices) expect(device.ip).toBe(REAL);
  });
});
