import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listInstanceEvents } from "@/lib/portal/admin/list-instance-events";
import { exportInstanceEvents } from "@/lib/portal/admin/export-instance-events";
import { recordAuditEvent } from "@/lib/kernel/audit/record-audit-event";
import { addUtcDays, utcDay } from "@/lib/kernel/time/utc-day";
import { suspendClient } from "@/lib/portal/admin/update-client-suspension";
import { listAccountEvents } from "@/lib/kernel/audit/list-account-events";
import { purgeAuditEvents } from "@/lib/kernel/audit/purge-audit-events";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import type { DomainError } from "@/lib/kernel/errors";
import { apiClient, createAdmin, createDeveloper, createPat } from "./support/api-fixtures";
import { authorize, startAuthorization } from "./support/authorize";
import { Browser } from "./support/browser";
import { discover } from "./support/oauth";
import { useServer, type TestServer } from "./support/use-server";

// Who sees which events (the app's Activity and GET /clients/{id}/events, the
// account's activity, the admin view), retention, and the suspended app's page at authorization.
const REDIRECT = "https://app.example/callback";
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DomainError,
  );

describe("audit feeds", { timeout: 120_000 }, () => {
  const database = useServer();
  let server: TestServer;

  beforeAll(async () => {
    server = database.server();
  });

  it("GET /clients/{id}/events: the owner's app only, cursor-paged, filterable, end users anonymous", async () => {
    const owner = await createDeveloper("Owner");
    const user = await createDeveloper("User");
    const api = apiClient(server.url, await createPat(owner));
    const created = await api("POST", "/clients", {
      client_name: "Feed",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const clientId = created.json.client_id as string;
    for (const name of ["Feed 2", "Feed 3"])
      await api("PUT", `/clients/${clientId}`, {
        client_name: name,
        application_type: "web",
        redirect_uris: [REDIRECT],
      });
    const config = await discover(server.url, clientId, created.json.client_secret);
    await authorize(new Browser(server.url), config, REDIRECT, { account: user });

    const first = await api("GET", `/clients/${clientId}/events?limit=2`);
    expect(first.status).toBe(200);
    expect(first.json.events.map((e: { action: string }) => e.action)).toEqual(["consent.granted", "app.updated"]);
    // Consent comes from an end user: the owner learns that, not who or from where.
    expect(first.json.events[0]).toMatchObject({
      actor: { kind: "someone", label: "A user" },
      ip: null,
      user_agent: null,
    });
    expect(JSON.stringify(first.json)).not.toContain(user.email);
    expect(first.json.events[1]).toMatchObject({
      actor: { kind: "user", label: owner.email },
      details: { changes: { client_name: { from: "Feed 2", to: "Feed 3" } } },
    });
    const second = await api("GET", `/clients/${clientId}/events?limit=2&cursor=${first.json.next_cursor}`);
    expect(second.json.events.map((e: { action: string }) => e.action)).toEqual(["app.updated", "app.created"]);
    expect(second.json.next_cursor).toBeNull();
    const filtered = await api("GET", `/clients/${clientId}/events?action=app.created`);
    expect(filtered.json.events).toHaveLength(1);

    expect((await api("GET", `/clients/${clientId}/events?action=nope`)).status).toBe(400);
    expect((await api("GET", `/clients/${clientId}/events?cursor=%00`)).status).toBe(400);
    const other = apiClient(server.url, await createPat(await createDeveloper("Other")));
    const hidden = await other("GET", `/clients/${clientId}/events`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("content-type")).toContain("application/problem+json");
    expect((await apiClient(server.url)("GET", `/clients/${clientId}/events`)).status).toBe(401);
  });

  it("shows a user their own account's activity, and an administrator everything, with filters", async () => {
    const owner = await createDeveloper("Owner");
    const { client } = await createClient(owner, {
      client_name: "Mine",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const admin = await createAdmin();
    await suspendClient(admin, { clientId: client.client_id, reason: "Phishing" });

    const mine = await listAccountEvents(owner);
    expect(mine.events.map((e) => e.action)).toEqual(["app.suspended", "app.created"]);
    expect(mine.events[0]!.actor).toEqual({ kind: "someone", label: "An administrator" });

    expect(await refusal(listInstanceEvents(owner))).toMatchObject({ code: "NOT_FOUND" });
    const all = await listInstanceEvents(admin, { client: client.client_id });
    expect(all.events.map((e) => [e.action, e.actor.label])).toEqual([
      ["app.suspended", admin.email],
      ["app.created", owner.email],
    ]);
    const byActor = await listInstanceEvents(admin, {
      actor: owner.email.toUpperCase().slice(0, 12).toLowerCase(),
      action: "app.created",
    });
    expect(
      byActor.events.every((e) => e.action === "app.created" && e.actor.label.startsWith(owner.email.slice(0, 12))),
    ).toBe(true);
    expect(await refusal(listInstanceEvents(admin, { action: "nope" }))).toMatchObject({ code: "VALIDATION" });
  });

  it("tells an administrator whose account and which app each event is about, by day, and as CSV", async () => {
    const owner = await createDeveloper("Reader");
    const { client } = await createClient(owner, {
      client_name: "=1+1 Readable",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    // A failed sign-in is Ninka's event about the account, not the account's own action.
    await recordAuditEvent(getDb(), {
      actor: systemActor("sign-in"),
      action: "signin.failed",
      target: { type: "user", id: owner.id },
      userId: owner.id,
    });
    const admin = await createAdmin();
    const today = utcDay();
    const failures = await listInstanceEvents(admin, { action: "signin.failed", from: today, limit: 100 });
    const failure = failures.events.find((event) => event.account === owner.email);
    expect(failure?.actor.label).toBe("Ninka (sign-in)");

    const ofApp = await listInstanceEvents(admin, { client: client.client_id, from: today, to: today });
    expect(ofApp.events.map((event) => [event.action, event.app, event.account])).toEqual([
      ["app.created", "=1+1 Readable", owner.email],
    ]);
    expect((await listInstanceEvents(admin, { client: client.client_id, to: addUtcDays(today, -1) })).events).toEqual(
      [],
    );
    expect(await refusal(listInstanceEvents(admin, { from: "2026-02-30" }))).toMatchObject({ code: "VALIDATION" });

    const csv = (await exportInstanceEvents(admin, { client: client.client_id })).trimEnd().split("\r\n");
    expect(csv[0]).toBe("time,action,what,actor,account,app,client_id,ip,user_agent,details");
    expect(csv).toHaveLength(2);
    // A spreadsheet must not run the app's name as a formula.
    expect(csv[1]).toContain(
      `app.created,App created,${owner.email},${owner.email},'=1+1 Readable,${client.client_id}`,
    );
    expect(await refusal(exportInstanceEvents(owner, {}))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("purges events older than NINKA_AUDIT_RETENTION_DAYS and keeps the rest", async () => {
    const id = randomUUID();
    const old = new Date(Date.now() - 366 * 86_400_000);
    await getDb().auditEvent.createMany({
      data: [
        {
          id,
          createdAt: old,
          actorKind: "system",
          actorLabel: "purge",
          action: "settings.changed",
          targetType: "settings",
          details: "{}",
        },
        {
          id: `${id}-recent`,
          actorKind: "system",
          actorLabel: "purge",
          action: "settings.changed",
          targetType: "settings",
          details: "{}",
        },
      ],
    });
    expect(await purgeAuditEvents(systemActor("purge"))).toBeGreaterThanOrEqual(1);
    expect(await getDb().auditEvent.count({ where: { id } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { id: `${id}-recent` } })).toBe(1);
  });

  it("ends an authorization for a suspended app on Ninka's page naming the suspension", async () => {
    const owner = await createDeveloper("Owner");
    const admin = await createAdmin();
    const { client, client_secret } = await createClient(owner, {
      client_name: "Shady",
      application_type: "web",
      redirect_uris: [REDIRECT],
    });
    const config = await discover(server.url, client.client_id, client_secret);
    await suspendClient(admin, { clientId: client.client_id, reason: "Phishing reports" });
    const { url } = await startAuthorization(config, REDIRECT);
    const page = await new Browser(server.url).visit(url.href);
    expect(page.status).toBe(400);
    expect(page.html).toContain("Shady is suspended");
    expect(page.html).not.toContain("Phishing reports");
  });
});
