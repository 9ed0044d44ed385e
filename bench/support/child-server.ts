import type { ChildProcess } from "node:child_process";
import { freePort, spawnNinka, terminate } from "../../tests/integration/support/start-server";
import { request } from "./http";
import { peakRssMb, rssMb } from "./rss";

// Every server under test is its own process, so it never shares an event loop with the load
// generator. `node --import tsx` (not the tsx CLI, which runs the script in a grandchild) keeps
// the server in the process whose pid we hold, so its memory can be read from /proc.
export type ChildServer = {
  url: string;
  pid: number;
  rssMb(): number;
  peakRssMb(): number;
  logs(): string;
  stop(): Promise<void>;
};

const running = new Set<ChildProcess>();
// A crashed or interrupted benchmark must not leave servers behind on a shared machine.
process.once("exit", () => running.forEach((child) => child.kill("SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    running.forEach((child) => child.kill("SIGKILL"));
    process.exit(130);
  });
}

export async function startChildServer(
  script: string,
  env: Record<string, string>,
  readyPath: string,
  /** The checkout to run it from (the scale benchmark's "before" column); default this one. */
  cwd?: string,
): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  // BENCH_NODE_ARGS: extra Node.js options for every server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawnNinka([...nodeArgs, "--import", "tsx", script], port, env, cwd);
  running.add(child);
  let output = "";
  child.stdout.on("data", (chunk) => (output = (output + chunk).slice(-50_000)));
  child.stderr.on("data", (chunk) => (output = (output + chunk).slice(-50_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) await terminate(child, exited);
    running.delete(child);
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode} during start:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${script} did not answer ${readyPath} within 90 s:\n${output}`);
    }
    if (
      await request(`${url}${readyPath}`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid!;
  return { url, pid, rssMb: () => rssMb(pid), peakRssMb: () => peakRssMb(pid), logs: () => output, stop };
}
