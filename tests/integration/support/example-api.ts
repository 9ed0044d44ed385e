import { spawn } from "node:child_process";

// The example resource server of examples/resource-server, started as its own process: the real
// API of these tests. It serves one scope for one audience.
export type ExampleApi = {
  url: string;
  call(token: string): Promise<{ status: number; body: unknown; challenge: string | null }>;
  stop(): Promise<void>;
};

export async function startExampleApi(env: { issuer: string; audience: string; scope: string }): Promise<ExampleApi> {
  const child = spawn(process.execPath, ["examples/resource-server/server.mjs"], {
    env: {
      NODE_ENV: "production",
      PATH: process.env.PATH ?? "",
      NINKA_ISSUER: env.issuer,
      API_AUDIENCE: env.audience,
      API_SCOPE: env.scope,
      PORT: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The example API did not start:\n${output}`)), 20_000);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once("exit", (code) => reject(new Error(`The example API exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async call(token) {
      const response = await fetch(`${url}/photos`, { headers: { authorization: `Bearer ${token}` } });
      return {
        status: response.status,
        body: await response.json(),
        challenge: response.headers.get("www-authenticate"),
      };
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
