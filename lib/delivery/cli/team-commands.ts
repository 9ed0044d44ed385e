import "server-only";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { findTeamByRef } from "@/lib/portal/admin/find-team-by-ref";
import { listAllTeams } from "@/lib/portal/admin/list-all-teams";
import { transferTeamOwnership } from "@/lib/portal/admin/transfer-team";
import { listCommand, type Command, type Options } from "./command";

// `ninka teams …`: every team, and an operator's way to give a team an owner when its owners are
// gone, as /admin/teams does (ARCHITECTURE.md "Teams", "Administration").
const str = (value: Options[string]) => (typeof value === "string" ? value : "");

/** Every team, newest first, fetched a page at a time. */
async function allTeams() {
  const teams = [];
  let cursor: string | undefined;
  do {
    const page = await listAllTeams(cliActor, { cursor });
    teams.push(...page.teams);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return teams;
}

export function teamCommands(requireMigrated: () => Promise<void>): Record<string, Command> {
  return {
    "teams list": listCommand({
      usage: "ninka teams list",
      summary: "List the teams, newest first, one a line: id, slug, name, members, apps",
      ready: requireMigrated,
      rows: async () =>
        (await allTeams()).map((team) => [team.id, team.slug, team.name, String(team.members), String(team.apps)]),
    }),
    "teams add-owner": {
      usage: "ninka teams add-owner --team ID_OR_SLUG --email E",
      summary: "Make an existing account an owner of a team (a member is promoted, anyone else joins)",
      options: {
        team: { type: "string", help: "the team's id or slug (ninka teams list)", required: true },
        email: { type: "string", help: "the account to make an owner", required: true },
      },
      async run(options, io) {
        await requireMigrated();
        const team = await findTeamByRef(cliActor, str(options.team));
        const result = await transferTeamOwnership(cliActor, { teamId: team.id, email: str(options.email) });
        io.stderr.write(`${result.owner} is now an owner of ${result.name} (${team.slug}).\n`);
      },
    },
  };
}
