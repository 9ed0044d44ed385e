import "server-only";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { getDatabaseTarget, type DatabaseTarget } from "@/lib/kernel/db/client";
import { applyMigrations } from "@/lib/kernel/db/migrations/apply-migrations";
import { getMigrationStatus } from "@/lib/kernel/db/migrations/get-migration-status";
import { DomainError } from "@/lib/kernel/errors";
import { parseCreateTokenInput } from "@/lib/portal/personal-access-tokens/schemas";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import { TOKEN_SCOPES } from "@/lib/portal/personal-access-tokens/token-scopes";
import { createUser } from "@/lib/accounts/users/create-user";
import { listAppsDeletedWithAccount, removeAccount } from "@/lib/accounts/users/delete-account";
import { updateAdmin } from "@/lib/portal/admin/update-admin";
import { suspendClient, unsuspendClient } from "@/lib/portal/admin/update-client-suspension";
import { updateUserStatus } from "@/lib/portal/admin/update-user-status";
import type { CliIo } from "./cli-io";
import { getActorByEmail } from "./get-actor-by-email";
import { readPassword } from "./read-password";
import { settingsCommands } from "./settings-commands";
import { connectionCommands } from "./connection-commands";
import { keysCommands } from "./keys-commands";
import { teamCommands } from "./team-commands";

// The commands of `ninka`. Each gets its parsed options and writes results to stdout (secrets and
// ids, so scripts can capture them) and chatter to stderr.
import type { Command, Options } from "./command";

const str = (value: Options[string]) => (typeof value === "string" ? value : "");

export const commands: Record<string, Command> = {
  "users create": {
    usage: "ninka users create --email E --name N [--password-stdin] [--admin]",
    summary: "Create a user account (a developer or an end user)",
    options: {
      email: { type: "string", help: "email address (sign-in name)", required: true },
      name: { type: "string", help: "display name", required: true },
      "password-stdin": { type: "boolean", help: "read the password from stdin instead of prompting" },
      admin: { type: "boolean", help: "make the user an instance administrator (/admin)" },
    },
    async run(options, io) {
      await requireMigrated();
      const password = await readPassword(io, options["password-stdin"] === true);
      const user = await createUser(
        { email: str(options.email), name: str(options.name), password },
        { emailVerified: true },
      );
      io.stdout.write(`${user.id}\n`);
      if (options.admin === true) await updateAdmin(CLI, { email: user.email, isAdmin: true });
      io.stderr.write(`Created ${options.admin === true ? "administrator" : "user"} ${user.email} (${user.name}).\n`);
    },
  },
  "admins add": emailCommand("admins add", "Make a user an instance administrator", async (email, io) => {
    const r = await updateAdmin(CLI, { email, isAdmin: true });
    io.stderr.write(r.changed ? `${r.email} is now an administrator.\n` : `${r.email} already was an administrator.\n`);
  }),
  "admins remove": emailCommand(
    "admins remove",
    "Take administration away from a user (never the last one)",
    async (email, io) => {
      const r = await updateAdmin(CLI, { email, isAdmin: false });
      io.stderr.write(
        r.changed ? `${r.email} is no longer an administrator.\n` : `${r.email} was not an administrator.\n`,
      );
    },
  ),
  "users disable": emailCommand(
    "users disable",
    "Disable an account: no sign-in; its sessions, grants and tokens end",
    async (email, io) => {
      const r = await updateUserStatus(CLI, { email, disabled: true });
      io.stderr.write(r.changed ? `Disabled ${r.email}.\n` : `${r.email} already was disabled.\n`);
    },
  ),
  "users enable": emailCommand("users enable", "Enable a disabled account again", async (email, io) => {
    const r = await updateUserStatus(CLI, { email, disabled: false });
    io.stderr.write(r.changed ? `Enabled ${r.email}.\n` : `${r.email} was not disabled.\n`);
  }),
  "apps suspend": {
    usage: 'ninka apps suspend --client-id ID --reason "…"',
    summary: "Suspend an app: the provider refuses it and its tokens are revoked",
    options: {
      "client-id": { type: "string", help: "the app's client ID", required: true },
      reason: { type: "string", help: "shown to the app's owner in the console", required: true },
    },
    async run(options, io) {
      await requireMigrated();
      const client = await suspendClient(CLI, { clientId: str(options["client-id"]), reason: str(options.reason) });
      io.stderr.write(`Suspended "${client.name}" (${client.id}).\n`);
    },
  },
  "apps unsuspend": {
    usage: "ninka apps unsuspend --client-id ID",
    summary: "Lift an app's suspension",
    options: { "client-id": { type: "string", help: "the app's client ID", required: true } },
    async run(options, io) {
      await requireMigrated();
      const client = await unsuspendClient(CLI, { clientId: str(options["client-id"]) });
      io.stderr.write(`Unsuspended "${client.name}" (${client.id}).\n`);
    },
  },
  "users delete": {
    usage: "ninka users delete --email E [--yes]",
    summary: "Delete a user with their sessions, tokens, APIs and apps (lists them first; --yes deletes)",
    options: {
      email: { type: "string", help: "the user to delete", required: true },
      yes: { type: "boolean", help: "delete the user and the listed apps (without it: only list them)" },
    },
    async run(options, io) {
      await requireMigrated();
      const actor = await getActorByEmail(str(options.email));
      const apps = await listAppsDeletedWithAccount(actor);
      for (const app of apps) io.stdout.write(`${app.id}\t${app.name}\n`);
      if (options.yes !== true) {
        io.stderr.write(
          `Would delete ${actor.email} and the ${apps.length} app(s) listed. Run again with --yes to delete.\n`,
        );
        return;
      }
      const { appsDeleted } = await removeAccount(
        cliActor,
        actor,
        apps.map((app) => app.id),
      );
      io.stderr.write(`Deleted ${actor.email} and ${appsDeleted} app(s).\n`);
    },
  },
  "tokens create": {
    usage: "ninka tokens create --email E --name N --scopes clients:read,apis:read,… [--expires-in-days D]",
    summary: "Create a personal access token for a user and print it once",
    options: {
      email: { type: "string", help: "the user the token acts as", required: true },
      name: { type: "string", help: 'what the token is for, e.g. "CI deploy"', required: true },
      scopes: { type: "string", help: `comma-separated: ${TOKEN_SCOPES.join(", ")}`, required: true },
      "expires-in-days": { type: "string", help: "1 to 365; without it the token lives until revoked" },
    },
    async run(options, io) {
      const input = parseCreateTokenInput({
        name: str(options.name),
        scopes: str(options.scopes)
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        expiresInDays: options["expires-in-days"],
      });
      await requireMigrated();
      const actor = await getActorByEmail(str(options.email));
      const { token, summary } = await createToken(actor, input);
      io.stdout.write(`${token}\n`);
      const expires = summary.expiresAt ? `expires ${summary.expiresAt.toISOString()}` : "does not expire";
      io.stderr.write(
        `Created token "${summary.name}" for ${actor.email} (${summary.scopes.join(", ")}; ${expires}). ` +
          "It is shown only now: store it safely.\n",
      );
    },
  },
  ...settingsCommands(requireMigrated),
  ...connectionCommands(requireMigrated),
  ...keysCommands(requireMigrated),
  ...teamCommands(requireMigrated),
  migrate: {
    usage: "ninka migrate",
    summary: "Apply pending database migrations (the server also does this at start)",
    options: {},
    async run(_options, io) {
      const target = getDatabaseTarget();
      const applied = await applyMigrations(target);
      io.stdout.write(
        applied.length
          ? `Applied ${applied.length} migration(s) to ${describeTarget(target)}.\n`
          : `${describeTarget(target)} is up to date.\n`,
      );
    },
  },
};

const CLI = cliActor;

function emailCommand(name: string, summary: string, run: (email: string, io: CliIo) => Promise<void>): Command {
  return {
    usage: `ninka ${name} --email E`,
    summary,
    options: { email: { type: "string", help: "the user's email address", required: true } },
    async run(options, io) {
      await requireMigrated();
      await run(str(options.email), io);
    },
  };
}

// A newer CLI must not write to an older schema, and a mistyped NINKA_DATA_DIR should say so.
async function requireMigrated() {
  const status = await getMigrationStatus();
  if (!status.ok) {
    throw new DomainError(
      "CONFLICT",
      `${describeTarget(getDatabaseTarget())} is not ready (${status.reason}); run: ninka migrate`,
    );
  }
}

// Never the PostgreSQL URL itself: it may hold a password.
function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "sqlite") return `SQLite database ${target.file}`;
  const url = new URL(target.url);
  return `PostgreSQL database ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}
