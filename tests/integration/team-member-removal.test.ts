import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/kernel/db/client";
import { createClient } from "@/lib/portal/clients/create-client";
import { createTeam } from "@/lib/portal/teams/create-team";
import { apiClient, createDeveloper, createPat } from "./support/api-fixtures";
import { Browser } from "./support/browser";
import { restStatusByCookie, signInToConsole } from "./support/console-browser";
import { useServer, type TestServer } from "./support/use-server";

// Removing a member ends their access to the team's apps at their next request on every process,
// console cookie and personal access token alike (ARCHITECTURE.md "Teams": nothing about
// membership is cached). Removed through the run's shared server, observed on the second process
// on its database (use-server.ts).
describe("a member removed on one process", () => {
  const database = useServer();
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    first = database.server();
    second = database.second();
  });

  it("loses the team's apps on the other at the next request, by token and by console cookie; the apps keep working", async () => {
    const owner = await createDeveloper("Owner");
    const member = await createDeveloper("Member");
    const team = await createTeam(owner, { name: "Removal", slug: `removal-${randomUUID().slice(0, 8)}` });
    await getDb().teamMember.create({ data: { teamId: team.id, userId: member.id, role: "developer" } });
    const { client, client_secret } = await createClient(owner, {
      client_name: "Team worker",
      application_type: "m2m",
      team_id: team.id,
    });
    const byToken = apiClient(second.url, await createPat(member));
    const browser = new Browser(second.url);
    await signInToConsole(browser, member);
    const appPage = `/console/clients/${client.client_id}`;
    expect((await byToken("GET", `/clients/${client.client_id}`)).status).toBe(200);
    expect(await restStatusByCookie(browser, second.url, `/clients/${client.client_id}`)).toBe(200);
    expect((await browser.visit(appPage)).status).toBe(200);

    const removed = await apiClient(first.url, await createPat(owner, ["teams:write"]))(
      "DELETE",
      `/teams/${team.id}/members/${member.id}`,
    );
    expect(removed.status).toBe(204);

    expect((await byToken("GET", `/clients/${client.client_id}`)).status).toBe(404);
    expect((await byToken("GET", `/clients?team_id=${team.id}`)).status).toBe(404);
    expect(await restStatusByCookie(browser, second.url, `/clients/${client.client_id}`)).toBe(404);
    expect((await browser.visit(appPage)).status).toBe(404);
    // Removing a member ends nothing of the apps: the app still gets tokens.
    const token = await fetch(`${second.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: client.client_id,
        client_secret: client_secret!,
      }),
    });
    expect(token.status).toBe(200);
  });
});
