import type { CliIo } from "./cli-io";

// One `ninka` command: its usage line, options, and what it does.
export type Options = Record<string, string | boolean | undefined>;
export type Command = {
  usage: string;
  summary: string;
  options: Record<string, { type: "string" | "boolean"; help: string; required?: true }>;
  run(options: Options, io: CliIo): Promise<void>;
};
