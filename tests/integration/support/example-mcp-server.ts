import { startExampleProcess } from "./example-process";

// The example MCP server of examples/mcp-server, started as its own process on the address of its
// resource identifier (an http loopback URL), trusting the given Ninka issuer.
export type ExampleMcpServer = { stop(): Promise<void> };

export async function startExampleMcpServer(env: {
  issuer: string;
  resource: string;
  readScope: string;
  writeScope: string;
}): Promise<ExampleMcpServer> {
  const { stop } = await startExampleProcess(
    "The example MCP server",
    "examples/mcp-server/server.mjs",
    {
      NINKA_ISSUER: env.issuer,
      MCP_RESOURCE: env.resource,
      MCP_READ_SCOPE: env.readScope,
      MCP_WRITE_SCOPE: env.writeScope,
    },
    /MCP server on/,
  );
  return { stop };
}
