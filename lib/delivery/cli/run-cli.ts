import "server-only";
import { parseArgs } from "node:util";
import { ConfigError } from "@/lib/kernel/config/get-config";
import { disconnectDb } from "@/lib/kernel/db/client";
import { MigrationError } from "@/lib/kernel/db/migrations/plan-migrations";
import { isDomainError } from "@/lib/kernel/errors";
import { describeError } from "@/lib/kernel/log";
import { describeFieldErrors, UsageError, type CliIo } from "./cli-io";
import type { Command, Options } from "./command";
import { commands } from "./commands";

// `ninka <command> [options]`: the operator CLI (bin/ninka.mjs). Exit codes: 0 done, 1 failed,
// 2 wrong usage. Errors are one line on stderr.
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const wantsHelp = argv.includes("--help") || argv.includes("-h") || argv[0] === "help";
    // The longest name that is a command: "settings dcr token", "apps suspend", "migrate".
    const name = [3, 2, 1].map((words) => argv.slice(0, words).join(" ")).find((n) => n in commands);
    const command = name ? commands[name] : undefined;
    if (!command) {
      if (wantsHelp || !argv.length) {
        io[argv.length ? "stdout" : "stderr"].write(generalHelp());
        return argv.length ? 0 : 2;
      }
      throw new UsageError(`unknown command: ${argv.slice(0, 2).join(" ")}`);
    }
    if (wantsHelp) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    const options = parseOptions(command, argv.slice(name!.split(" ").length));
    await command.run(options, io);
    return 0;
  } catch (error) {
    return report(error, io);
  } finally {
    await disconnectDb().catch(() => undefined);
  }
}

function parseOptions(command: Command, args: string[]) {
  let values: Options;
  const { argument } = command;
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([key, o]) => [key, { type: o.type }]));
    const parsed = parseArgs({ args, options, strict: true, allowPositionals: !!argument });
    values = parsed.values;
    if (argument) {
      if (parsed.positionals.length !== 1) throw new Error(`Expected one ${argument.name}`);
      values = { ...values, [argument.name]: parsed.positionals[0] };
    }
  } catch (error) {
    // Node's messages run on with advice about positionals; the first sentence is the point.
    const message = (error as Error).message.split(/\. /)[0]!.replace(/\.$/, "");
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
  }
  const missing = Object.keys(command.options).find(
    (key) => command.options[key]!.required && values[key] === undefined,
  );
  if (missing) throw new UsageError(`missing --${missing}`);
  return values;
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`ninka: ${error.message}\nRun 'ninka --help' for usage.\n`);
    return 2;
  }
  if (isDomainError(error)) {
    io.stderr.write(`ninka: ${describeFieldErrors(error.message, error.fieldErrors)}\n`);
  } else if (error instanceof ConfigError || error instanceof MigrationError) {
    io.stderr.write(`ninka: ${error.message}\n`);
  } else {
    // Driver errors can span lines (Prisma adds context); the first line names the cause.
    io.stderr.write(`ninka: ${describeError(error).split("\n")[0]}\n`);
  }
  return 1;
}

function generalHelp(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const list = Object.entries(commands)
    .map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`)
    .join("\n");
  return `Usage: ninka <command> [options]

Operator commands for Ninka. They use the database the server is configured with (DATABASE_URL,
or the SQLite file in NINKA_DATA_DIR, default ./data), also while the server is running.

Commands:
${list}

Run 'ninka <command> --help' for a command's options.
`;
}

function commandHelp(command: Command): string {
  const width = Math.max(...Object.keys(command.options).map((k) => k.length + 2), 6);
  const lines = Object.entries(command.options).map(([key, o]) => `  --${key}`.padEnd(width + 4) + o.help);
  lines.push("  --help".padEnd(width + 4) + "show this help");
  const argument = command.argument ? `Argument:\n  ${command.argument.name}  ${command.argument.help}\n\n` : "";
  return `Usage: ${command.usage}\n\n${command.summary}.\n\n${argument}Options:\n${lines.join("\n")}\n`;
}
