import { spawn } from "node:child_process";
import { inheritedEnv, terminate } from "./start-server";

export type ExampleProcess = {
  /** What of its output matched `ready` (e.g. the address it listens on). */
  ready: string;
  stop(): Promise<void>;
};

/**
 * Runs one of examples/ (`script`, e.g. examples/mcp-server/server.mjs) as its own production
 * process with only `env` and PATH, and resolves once its output matches `ready`.
 */
export async function startExampleProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<ExampleProcess> {
  const child = spawn(process.execPath, [script], {
    env: { NODE_ENV: "production", ...inheritedEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  // Recorded from the start, so that a stop after the process has already ended does not wait.
  const exited = new Promise<unknown>((resolve) => child.once("exit", resolve));
  const matched = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 20_000);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
  return {
    ready: matched,
    stop: () => terminate(child, exited),
  };
}
