import { spawn } from "node:child_process";
import { inheritedEnv } from "./start-server";

// Runs the real operator CLI (bin/ninka.mjs, as `npx ninka` does) with the given environment and
// optional stdin, to completion.
export type CliResult = { code: number | null; stdout: string; stderr: string };

export async function runNinkaCli(
  args: string[],
  env: Record<string, string>,
  stdin = "",
  /** Another checkout to run it from (a benchmark's "before" server); default this one. */
  cwd?: string,
): Promise<CliResult> {
  const child = spawn(process.execPath, ["bin/ninka.mjs", ...args], {
    cwd,
    env: { NODE_ENV: "production", ...inheritedEnv(), ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdin.end(stdin);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, stdout, stderr };
}
