import Link from "next/link";

const example = {
  resource: "https://notes.example.com/mcp",
  metadataUrl: "https://notes.example.com/.well-known/oauth-protected-resource/mcp",
};

/** /docs/connect-an-mcp-server: Ninka as the authorization server of an MCP server. */
export function McpServerGuide() {
  return (
    <article>
      <h1>Connect an MCP server</h1>
      <p>
        An MCP client (an AI assistant, an IDE agent) meets your MCP server without knowing Ninka. It learns where to
        get a token from your server&apos;s first 401 answer (RFC 9728), registers itself with Ninka (RFC 7591), asks
        the person for consent, and calls your tools with a token for your server only.
      </p>
      <h2>1. Register the server as an API</h2>
      <p>
        In the <Link href="/console/apis">console</Link>, register an API whose <strong>identifier</strong> is your MCP
        server&apos;s URL, e.g. <code>{example.resource}</code> (<code>http://localhost:…</code> while you develop),
        with a scope per kind of tool, e.g. <code>notes.read</code> and <code>notes.write</code>. See{" "}
        <Link href="/docs/protect-your-api">Protect your API</Link>.
      </p>
      <h2>2. Publish its metadata and send the challenge</h2>
      <p>
        The API&apos;s page shows the protected resource metadata document to serve at{" "}
        <code>{example.metadataUrl}</code> (also <code>GET /apis/&#123;apiId&#125;/protected-resource-metadata</code>)
        and the header of every 401:
      </p>
      <pre tabIndex={0} role="region" aria-label="The header of a 401">
        <code>{`WWW-Authenticate: Bearer resource_metadata="${example.metadataUrl}"`}</code>
      </pre>
      <p>
        Check each token as any API does: signature against Ninka&apos;s JWKS, issuer, audience = the identifier,{" "}
        <code>typ: at+jwt</code>, expiry, and the scope of the tool called (otherwise 403 with{" "}
        <code>error=&quot;insufficient_scope&quot;</code>). <code>examples/mcp-server/server.mjs</code> in Ninka&apos;s
        repository does all of this with the MCP TypeScript SDK and jose.
      </p>
      <h2>3. Let clients register</h2>
      <p>
        An administrator decides whether apps may register themselves. With registration by token, create a{" "}
        <Link href="/console/registration-tokens">registration token</Link> and give it to the MCP client; it sends it
        as <code>Authorization: Bearer</code> to the registration endpoint. Apps registered this way are yours, marked
        “Registered itself”, and the consent screen tells people that Ninka has not reviewed them.
      </p>
      <p>
        Clients that publish a client ID metadata document use its https URL as their <code>client_id</code> and skip
        registration: while registration is on, Ninka fetches the document, holds it to the same rules as any app, and
        the consent screen names the host that serves it. An administrator can limit documents to listed hosts or turn
        them off in the instance settings.
      </p>
    </article>
  );
}
