import "server-only";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { rotateSigningKey } from "@/lib/oauth-core/keys/create-signing-key";
import { listSigningKeys } from "@/lib/oauth-core/keys/list-signing-keys";
import { SIGNING_ALGS } from "@/lib/oauth-core/keys/signing-algorithms";
import { activateSigningKey, retireSigningKey } from "@/lib/oauth-core/keys/update-signing-key";
import type { Command } from "./command";

// `ninka keys …`: the signing keys' rotation (ARCHITECTURE.md "Signing keys"), as /admin/keys does it.
const date = (value: Date | null) => value?.toISOString() ?? "-";
const KID = { kid: { type: "string", help: "the key's id (kid), from `ninka keys list`", required: true } } as const;

export function keysCommands(requireMigrated: () => Promise<void>): Record<string, Command> {
  return {
    "keys list": {
      usage: "ninka keys list",
      summary: "List the signing keys: kid, algorithm, state (next, active, retiring, retired) and dates",
      options: {},
      async run(_options, io) {
        await requireMigrated();
        io.stdout.write("kid\talg\tstate\tcreated\tactivated\tretiring\tretirable\tretired\n");
        for (const key of await listSigningKeys(cliActor)) {
          const dates = [key.createdAt, key.activatedAt, key.retiringAt, key.retirableAt, key.retiredAt].map(date);
          io.stdout.write(`${[key.kid, key.alg, key.state, ...dates].join("\t")}\n`);
        }
      },
    },
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
    "keys activate": {
      usage: "ninka keys activate --kid KID",
      summary: "Make a next key the one that signs; the active key of its algorithm starts retiring",
      options: KID,
      async run(options, io) {
        await requireMigrated();
        const result = await activateSigningKey(cliActor, { kid: options.kid });
        const retiring = result.retiring
          ? ` Key ${result.retiring} is retiring: it stays published until its tokens expire.`
          : "";
        io.stderr.write(`Key ${result.kid} now signs.${retiring}\n`);
      },
    },
    "keys retire": {
      usage: "ninka keys retire --kid KID",
      summary: "Withdraw a key from the JWKS (refused while tokens it signed may be valid)",
      options: KID,
      async run(options, io) {
        await requireMigrated();
        const result = await retireSigningKey(cliActor, { kid: options.kid });
        io.stderr.write(`Key ${result.kid} is retired: no longer published, its private part destroyed.\n`);
      },
    },
  };
}
