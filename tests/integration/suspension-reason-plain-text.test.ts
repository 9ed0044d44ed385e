import { describe, expect, it } from "vitest";
import { suspendClient } from "@/lib/portal/admin/update-client-suspension";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import { createAdmin, createDeveloper } from "./support/api-fixtures";
import { useTestDatabase } from "./support/use-test-database";

// The suspension reason is text like every other field (lib/kernel/validation/plain-text.ts): a control
// character is a VALIDATION error naming `reason`, before any query, on both databases; the app
// stays as it was and no event is written. The client ID is an id (lib/kernel/validation/identifier.ts).
describe("an app's suspension reason", () => {
  useTestDatabase();

  it.each([
    ["NUL", "Phishing\u0000"],
    ["ESC", "Phishing \u001b[31mreports"],
    ["a line break", "Phishing\nreports"],
    ["DEL", "Phishing\u007f"],
  ])("refuses %s, naming the field, and changes nothing", async (_name, reason) => {
    const admin = await createAdmin();
    const { client } = await createClient(await createDeveloper("Owner"), {
      client_name: "Acme",
      application_type: "m2m",
    });
    await expect(suspendClient(admin, { clientId: client.client_id, reason })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await getDb().client.findUniqueOrThrow({ where: { id: client.client_id } })).toMatchObject({
      suspendedAt: null,
      suspendedReason: null,
    });
    expect(await getDb().auditEvent.count({ where: { clientId: client.client_id, action: "app.suspended" } })).toBe(0);
  });

  it("answers a client ID with a control character like an unknown one, not with a database error", async () => {
    const admin = await createAdmin();
    await expect(suspendClient(admin, { clientId: "x\u0000y", reason: "Spam" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("accepts plain text", async () => {
    const admin = await createAdmin();
    const { client } = await createClient(await createDeveloper("Owner"), {
      client_name: "Acme",
      application_type: "m2m",
    });
    await suspendClient(admin, { clientId: client.client_id, reason: "  Phishing reports — 3 of them  " });
    expect(await getDb().client.findUniqueOrThrow({ where: { id: client.client_id } })).toMatchObject({
      suspendedReason: "Phishing reports — 3 of them",
    });
  });
});
