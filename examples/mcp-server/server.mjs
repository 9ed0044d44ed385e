// A small MCP server (Streamable HTTP, stateless) protected by Ninka, as the MCP authorization
// specification has it: it publishes its OAuth protected resource metadata (RFC 9728), answers a
// request without a valid token with 401 and a WWW-Authenticate header naming that document, and
// accepts only Ninka's JWT access tokens (RFC 9068) issued for it: signature from Ninka's JWKS,
// issuer, audience = its identifier, typ at+jwt, expiry, and the scope of the tool called. Register
// an API in Ninka's console whose identifier is this server's URL, then run
//   NINKA_ISSUER=http://localhost:3000/oauth MCP_RESOURCE=http://127.0.0.1:4100/mcp \
//   MCP_READ_SCOPE=notes.read MCP_WRITE_SCOPE=notes.write node examples/mcp-server/server.mjs
// (MCP_RESOURCE_NAME names it in its metadata; PORT, when a proxy in front serves MCP_RESOURCE.)
import { createServer } from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { z } from "zod";

const env = process.env;
const ISSUER = env.NINKA_ISSUER;
const RESOURCE = new URL(env.MCP_RESOURCE ?? "http://127.0.0.1:4100/mcp");
const READ = env.MCP_READ_SCOPE ?? "notes.read";
const WRITE = env.MCP_WRITE_SCOPE ?? "notes.write";
if (!ISSUER) throw new Error("Set NINKA_ISSUER to Ninka's issuer, e.g. http://localhost:3000/oauth");

// RFC 9728 §3.1: the well-known segment goes between the host and the resource's path.
const metadataPath = `/.well-known/oauth-protected-resource${RESOURCE.pathname === "/" ? "" : RESOURCE.pathname}`;
const metadataUrl = `${RESOURCE.origin}${metadataPath}`;
const metadata = {
  resource: RESOURCE.href,
  authorization_servers: [ISSUER],
  scopes_supported: [READ, WRITE],
  bearer_methods_supported: ["header"],
  resource_name: env.MCP_RESOURCE_NAME ?? "Notes",
};
const discovery = await fetch(`${ISSUER}/.well-known/openid-configuration`).then((r) => r.json());
const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));

// The scope each tool needs: one list, read by the tools and by the check before them.
const TOOL_SCOPES = { list_notes: READ, add_note: WRITE };
const notes = ["Buy milk"];

function mcpServer() {
  const server = new McpServer({ name: "notes", version: "1.0.0" });
  server.registerTool("list_notes", { description: "List the notes" }, async () => ({
    content: [{ type: "text", text: notes.join("\n") }],
  }));
  server.registerTool(
    "add_note",
    { description: "Add a note", inputSchema: { text: z.string().min(1).max(200) } },
    async ({ text }) => {
      notes.push(text);
      return { content: [{ type: "text", text: `Added: ${text}` }] };
    },
  );
  return server;
}

// RFC 6750 §3 and RFC 9728 §5.1: why the request was refused, the scope that would do, and where
// the client finds the authorization server.
function refuse(res, status, error, scope) {
  const challenge = [`Bearer resource_metadata="${metadataUrl}"`];
  if (error) challenge.push(`error="${error}"`);
  challenge.push(`scope="${scope}"`);
  res.writeHead(status, { "www-authenticate": challenge.join(", "), "content-type": "application/json" });
  res.end(JSON.stringify({ error: error ?? "unauthorized" }));
}

async function verify(authorization) {
  const [scheme, token] = (authorization ?? "").split(" ");
  if (scheme?.toLowerCase() !== "bearer" || !token) return null;
  try {
    const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: RESOURCE.href, typ: "at+jwt" });
    return { token, payload, scopes: String(payload.scope ?? "").split(" ") };
  } catch {
    return null; // bad signature, another issuer or audience, expired, not at+jwt
  }
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    if ((size += chunk.length) > 1_000_000) throw new Error("too large");
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function handle(req, res) {
  const { pathname } = new URL(req.url, RESOURCE.origin);
  if (req.method === "GET" && (pathname === metadataPath || pathname === "/.well-known/oauth-protected-resource")) {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(JSON.stringify(metadata));
  }
  if (pathname !== RESOURCE.pathname) return res.writeHead(404).end();
  const auth = await verify(req.headers.authorization);
  if (!auth) return refuse(res, 401, req.headers.authorization ? "invalid_token" : undefined, READ);
  if (req.method !== "POST") return res.writeHead(405, { allow: "POST" }).end(); // stateless: no GET stream
  let body;
  try {
    body = await readJson(req);
  } catch {
    return res.writeHead(400, { "content-type": "application/json" }).end('{"error":"invalid JSON"}');
  }
  for (const message of Array.isArray(body) ? body : [body]) {
    const tool = message?.method === "tools/call" ? message.params?.name : undefined;
    const needed = Object.hasOwn(TOOL_SCOPES, tool ?? "") ? TOOL_SCOPES[tool] : undefined;
    if (needed && !auth.scopes.includes(needed)) return refuse(res, 403, "insufficient_scope", needed);
  }
  const server = mcpServer();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  // The SDK hands `req.auth` to tool handlers as `extra.authInfo`.
  req.auth = {
    token: auth.token,
    clientId: String(auth.payload.client_id),
    scopes: auth.scopes,
    expiresAt: auth.payload.exp,
  };
  await transport.handleRequest(req, res, body);
}

const http = createServer((req, res) =>
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  }),
);
// PORT when a proxy in front serves the resource's URL (TLS, another port); else the URL's port.
http.listen(Number(env.PORT ?? (RESOURCE.port || 80)), "127.0.0.1", () =>
  console.log(`MCP server on ${RESOURCE.href}`),
);
