import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { transferClient } from "@/lib/portal/admin/transfer-client";
import { suspendClient } from "@/lib/portal/admin/update-client-suspension";
import { updateApiClient } from "@/lib/portal/api-clients/update-api-client";
import { createApi } from "@/lib/portal/apis/create-api";
import { listAccountEvents } from "@/lib/kernel/audit/list-account-events";
import { createClient } from "@/lib/portal/clients/create-client";
import { updateClient } from "@/lib/portal/clients/update-client";
import { authenticateUser } from "@/lib/accounts/users/authenticate-user";
import { apiClient, createAdmin, createDeveloper, createPat } from "./support/api-fixtures";
import { useServer, type TestServer } from "./support/use-server";

// Audit views show a person only their own email, id, address and browser; everyone else is named
// by role (ARCHITECTURE.md "Audit log"): the previous owner (an app's earlier owner), the API's
// owner (an approval of machine-to-machine access), an administrator (admin or CLI), Ninka (the
// system), a user (an end user's consent or sign-in). Administrators see everything.
type EventView = {
  action: string;
  actor: { kind: string; label: string };
  details: Record<string, unknown>;
  ip: string | null;
};

describe("audit views label other people by role", () => {
  const database = useServer();
  let server: TestServer;

  beforeAll(async () => {
    server = database.server();
  });

  it("after a transfer, the new owner reads no email or id of the previous owner, the API's owner or the administrator", async () => {
    const previous = await createDeveloper("Previous");
    const apiOwner = await createDeveloper("ApiOwner");
    const admin = await createAdmin();
    const next = await createDeveloper("Next");
    const scope = `reports-${randomUUID().slice(0, 8)}.read`;
    const api = await createApi(apiOwner, {
      name: "Reports",
      identifier: `https://${scope}.example`,
      description: "",
      scopes: [{ value: scope, description: "Read reports" }],
    });
    const { client } = await createClient(previous, { client_name: "Nightly", application_type: "m2m", scope });
    await updateClient(previous, client.client_id, { client_name: "Nightly export", application_type: "m2m", scope });
    await updateApiClient(apiOwner, api.id, client.client_id, { scopes: [scope] });
    await transferClient(admin, { clientId: client.client_id, email: next.email });
    await updateClient(next, client.client_id, { client_name: "Nightly export 2", application_type: "m2m", scope });
    await suspendClient({ kind: "cli" }, { clientId: client.client_id, reason: "Checking" });

    const response = await apiClient(server.url, await createPat(next, ["clients:read"]))(
      "GET",
      `/clients/${client.client_id}/events`,
    );
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.json);
    for (const other of [previous, apiOwner, admin]) {
      expect(text).not.toContain(other.email);
      expect(text).not.toContain(other.id);
    }
    const events = response.json.events as EventView[];
    const labelOf = (action: string, nth = 0) => events.filter((e) => e.action === action)[nth]?.actor.label;
    expect(labelOf("app.created")).toBe("The previous owner");
    expect(labelOf("app.updated", 1)).toBe("The previous owner");
    expect(labelOf("app.updated", 0)).toBe(next.email); // their own, in full
    expect(labelOf("api.approval_changed")).toBe("The API's owner");
    expect(labelOf("app.transferred")).toBe("An administrator");
    expect(labelOf("app.suspended")).toBe("An administrator"); // the operator's CLI
    const transfer = events.find((e) => e.action === "app.transferred")!;
    expect(transfer.details).toEqual({
      from: "The previous owner",
      to: next.email,
      secretsRevoked: expect.any(Number),
    });
    for (const event of events.filter((e) => e.actor.label !== next.email)) expect(event.ip).toBeNull();
  });

  it("an account's own feed names the system Ninka and administrators by role", async () => {
    const user = await createDeveloper("Holder");
    await authenticateUser({ email: user.email, password: user.password, ip: "192.0.2.7" });
    const { client } = await createClient(user, { client_name: "Mine", application_type: "m2m" });
    const admin = await createAdmin();
    await suspendClient(admin, { clientId: client.client_id, reason: "Checking" });

    const { events } = await listAccountEvents(user);
    const byAction = Object.fromEntries(events.map((e) => [e.action, e.actor]));
    expect(byAction["signin.succeeded"]).toEqual({ kind: "system", label: "Ninka" });
    expect(byAction["app.suspended"]).toEqual({ kind: "someone", label: "An administrator" });
    expect(byAction["app.created"]).toEqual({ kind: "user", label: user.email });
    expect(JSON.stringify(events)).not.toContain(admin.email);
  });
});
