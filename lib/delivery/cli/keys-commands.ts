import "server-only";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { rotateSigningKey } from "@/lib/oauth-core/keys/create-signing-key";
import { listSigningKeys } from "@/lib/oauth-core/keys/list-signing-keys";
import { SIGNING_ALGS } from "@/lib/oauth-core/keys/signing-algorithms";
import { activateSigningKey, retireSigningKey } from "@/lib/oauth-core/keys/update-signing-key";
import { listCommand, type Command } from "./command";

// `ninka keys …`: the signing keys' rotation (ARCHITECTURE.md "Signing keys"), as /admin/keys does it.
const date = (value: Date | null) => value?.toISOString() ?? "-";
const KID = { kid: { type: "string", help: "the key's id (kid), from `ninka keys list`", required: true } } as const;

export function keysCommands(requireMigrated: () => Promise<void>): Record<string, Command> {
  return {
    "keys list": listCommand({
      usage: "ninka keys list",
      summary: "List the signing keys: kid, algorithm, state (next, active, retiring, retired) and dates",
      ready: requireMigrated,
      header: ["kid", "alg", "state", "created", "activated", "retiring", "retirable", "retired"],
      rows: async () =>
        (await listSigningKeys(cliActor)).map((key) => [
          key.kid,
          key.alg,
          key.state,
          ...[key.createdAt, key.activatedAt, key.retiringAt, key.retirableAt, key.retiredAt].map(date),
        ]),
    }),
    "keys rotate": {
      usage: `ninka keys rotate [--alg ${SIGNING_ALGS.join("|")}]`,
      summary: "Publish a next signing key in the JWKS (it signs nothing until activated)",
      options: {
        alg: { type: "string", help: `the key's algorithm: ${SIGNING_ALGS.join(" or ")} (default ${SIGNING_ALGS[0]})` },
      },
      async run(options, io) {
        await requireMigrated();
        const key = await rotateSigningKey(cliActor, { alg: options.alg });
        io.stdout.write(`${key.kid}\n`);
        io.stderr.write(
          `Published ${key.alg} key ${key.kid} as next. Activate it once relying parties have had time to fetch the JWKS.\n`,
        );
      },
    },
    "keys activate": byKid(
      requireMigrated,
      "ninka keys activate --kid=KID",
      "Make a next key the one that signs; the active key of its algorithm starts retiring",
      async (kid) => {
        const result = await activateSigningKey(cliActor, { kid });
        const retiring = result.retiring
          ? ` Key ${result.retiring} is retiring: it stays published until its tokens expire.`
          : "";
        return `Key ${result.kid} now signs.${retiring}`;
      },
    ),
    "keys retire": byKid(
      requireMigrated,
      "ninka keys retire --kid=KID",
      "Withdraw a key from the JWKS (refused while tokens it signed may be valid)",
      async (kid) =>
        `Key ${(await retireSigningKey(cliActor, { kid })).kid} is retired: no longer published, its private part destroyed.`,
    ),
  };
}

/** A command on one key (`--kid`), saying what it did on stderr. */
function byKid(
  requireMigrated: () => Promise<void>,
  usage: string,
  summary: string,
  act: (kid: string | undefined) => Promise<string>,
): Command {
  return {
    usage,
    summary,
    options: KID,
    async run(options, io) {
      await requireMigrated();
      io.stderr.write(`${await act(options.kid as string | undefined)}\n`);
    },
  };
}
