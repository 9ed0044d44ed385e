import "server-only";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import {
  createConnection,
  deleteConnection,
  listConnections,
  updateConnectionEnabled,
} from "@/lib/accounts/connections/manage-connections";
import { PRESET_NAMES } from "@/lib/accounts/connections/presets";
import { UsageError } from "./cli-io";
import { listCommand, type Command, type Options } from "./command";
import { readPassword } from "./read-password";

// `ninka connections …`: sign-in through other identity providers, as /admin/connections manages
// them (ARCHITECTURE.md "Federation"). The client secret comes from stdin, never an argument.
const str = (value: Options[string]) => (typeof value === "string" ? value : "");
const idOption = {
  id: { type: "string" as const, help: "the connection's id (ninka connections list)", required: true as const },
};

export function connectionCommands(requireMigrated: () => Promise<void>): Record<string, Command> {
  const toggle = (enabled: boolean): Command => ({
    usage: `ninka connections ${enabled ? "enable" : "disable"} --id ID`,
    summary: enabled
      ? "Show a connection on the login page again"
      : "Take a connection off the login page; its sign-ins in progress are refused",
    options: idOption,
    async run(options, io) {
      await requireMigrated();
      const connection = await updateConnectionEnabled(cliActor, str(options.id), { enabled });
      io.stderr.write(`${connection.name} (${connection.id}) is ${enabled ? "enabled" : "disabled"}.\n`);
    },
  });
  return {
    "connections add": {
      usage:
        "ninka connections add --name NAME --issuer URL --client-id ID --client-secret-stdin [--preset P] [--create-accounts] [--domains a.com,b.com]",
      summary: "Add a way to sign in through another identity provider; prints its id and callback URL",
      options: {
        name: { type: "string", help: 'the button\'s label: "Continue with NAME"', required: true },
        issuer: { type: "string", help: "the provider's issuer URL (optional with a preset that has one)" },
        "client-id": { type: "string", help: "the client ID Ninka has at the provider", required: true },
        "client-secret-stdin": { type: "boolean", help: "read the client secret from stdin (required)" },
        preset: { type: "string", help: `one of ${PRESET_NAMES.join(", ")} (default oidc)` },
        scopes: { type: "string", help: "space-separated scopes (default: the preset's)" },
        "create-accounts": {
          type: "boolean",
          help: "a first sign-in may create an account (sign-up policy permitting)",
        },
        domains: { type: "string", help: "only addresses at these domains may sign in through it" },
      },
      async run(options, io) {
        if (options["client-secret-stdin"] !== true) {
          throw new UsageError("pipe the client secret in with --client-secret-stdin");
        }
        await requireMigrated();
        const clientSecret = await readPassword(io, true);
        const connection = await createConnection(cliActor, {
          name: str(options.name),
          issuer: str(options.issuer),
          clientId: str(options["client-id"]),
          clientSecret,
          preset: str(options.preset) || undefined,
          scopes: str(options.scopes),
          createAccounts: options["create-accounts"] === true,
          domains: str(options.domains),
        });
        io.stdout.write(`${connection.id}\n`);
        io.stderr.write(
          `Added ${connection.name}. Register this redirect URI at the provider: ${connection.callbackUrl}\n`,
        );
      },
    },
    "connections list": listCommand({
      usage: "ninka connections list",
      summary: "List the connections, one a line: id, enabled or disabled, kind, name, issuer",
      ready: requireMigrated,
      rows: async () =>
        (await listConnections(cliActor)).map((c) => [
          c.id,
          c.enabled ? "enabled" : "disabled",
          c.preset,
          c.name,
          c.issuer,
        ]),
    }),
    "connections enable": toggle(true),
    "connections disable": toggle(false),
    "connections remove": {
      usage: "ninka connections remove --id ID",
      summary: "Remove a connection and the links made through it (the accounts stay)",
      options: idOption,
      async run(options, io) {
        await requireMigrated();
        await deleteConnection(cliActor, str(options.id));
        io.stderr.write(`Removed connection ${str(options.id)}.\n`);
      },
    },
  };
}
