import { spawn } from "node:child_process";

// The example MCP server of examples/mcp-server, started as its own process on the address of its
// resource identifier (an http loopback URL), trusting the given Ninka issuer.
export type ExampleMcpServer = { stop(): Promise<void> };

export async function startExampleMcpServer(env: {
  issuer: string;
  resource: string;
  readScope: string;
  writeScope: string;
}): Promise<ExampleMcpServer> {
  const child = spawn(process.execPath, ["examples/mcp-server/server.mjs"], {
    env: {
      NODE_ENV: "production",
      PATH: process.env.PATH ?? "",
      NINKA_ISSUER: env.issuer,
      MCP_RESOURCE: env.resource,
      MCP_READ_SCOPE: env.readScope,
      MCP_WRITE_SCOPE: env.writeScope,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The example MCP server did not start:\n${output}`)), 20_000);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (output.includes("MCP server on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`The example MCP server exited with ${code}:\n${output}`)));
  });
  return {
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
