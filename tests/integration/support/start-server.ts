import { spawn, type ChildProcess, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { appendFileSync } from "node:fs";
import { createServer } from "node:net";

// Starts a real Ninka process (the production build, server.ts run by node with tsx's loader, as
// one process so that signals reach the server itself) on a free port with the given environment,
// and waits until /healthz answers. A variable given as undefined is left out of its environment.
export type RunningServer = {
  url: string;
  port: number;
  logs: () => string;
  /** Sends a signal to the server process (SIGKILL: a crash; SIGTERM: a graceful stop). */
  kill(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

/**
 * What every process a test starts inherits of the test's own environment: PATH, HOME, and Node's
 * on-disk compile cache when the run has one (NODE_COMPILE_CACHE, set by scripts/test.mjs: a
 * server or CLI process then skips compiling the modules an earlier one compiled).
 */
export const inheritedEnv = (): Record<string, string> => ({
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  ...(process.env.NODE_COMPILE_CACHE && { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE }),
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * A server process (node with `args`) in production mode on `port` of 127.0.0.1, its NINKA_URL
 * that address, with `env` on top of only PATH and HOME: what the tests and the benchmarks run.
 */
export function spawnNinka(
  args: string[],
  port: number,
  env: Record<string, string | undefined>,
  cwd?: string,
): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, args, {
    env: {
      ...inheritedEnv(),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      NINKA_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    ...(cwd && { cwd }),
  });
}

/** SIGTERM (a graceful stop), then SIGKILL if the process has not ended within 5 s. */
export async function terminate(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

export async function startServer(
  env: Record<string, string | undefined>,
  options: { port?: number; logFile?: string } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  let output = "";
  // A test's server serves a few pages: their code loads when first asked for, not all at start
  // (next.config.mjs). The benchmarks' servers (spawnNinka alone) keep the production default.
  const child = spawnNinka(["--import", "tsx", "server.ts"], port, { NINKA_PRELOAD_PAGES: "0", ...env });
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (options.logFile) appendFileSync(options.logFile, chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Ninka exited with ${child.exitCode} during start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Ninka did not start within 60 s:\n${output}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    port,
    logs: () => output,
    kill: (signal) => child.kill(signal),
    exited,
    async stop() {
      if (child.exitCode === null) await terminate(child, exited);
    },
  };
}

/** Runs a command to completion (e.g. the server with a bad configuration) and returns its output. */
export async function runToExit(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child: ChildProcess = spawn(process.execPath, args, {
    env: {
      ...inheritedEnv(),
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, output };
}
