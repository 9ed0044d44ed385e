import type { CliIo } from "./cli-io";

// One `ninka` command: its usage line, options, and what it does.
export type Options = Record<string, string | boolean | undefined>;
export type Command = {
  usage: string;
  summary: string;
  options: Record<string, { type: "string" | "boolean"; help: string; required?: true }>;
  /** One value after the command's name (`ninka settings instance-name "Acme ID"`), given to run as options[name]. */
  argument?: { name: string; help: string };
  run(options: Options, io: CliIo): Promise<void>;
};
