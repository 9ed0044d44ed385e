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

/**
 * A command that lists things, one tab-separated line each (for `cut` and `awk`): `rows` gives the
 * lines' fields once the schema is ready (`ready`); `header` names them when the list has one.
 */
export function listCommand(spec: {
  usage: string;
  summary: string;
  ready: () => Promise<void>;
  header?: string[];
  rows: () => Promise<string[][]>;
}): Command {
  return {
    usage: spec.usage,
    summary: spec.summary,
    options: {},
    async run(_options, io) {
      await spec.ready();
      const lines = spec.header ? [spec.header, ...(await spec.rows())] : await spec.rows();
      for (const fields of lines) io.stdout.write(`${fields.join("\t")}\n`);
    },
  };
}
