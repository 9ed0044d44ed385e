import type { Metadata } from "next";
import { DOCS_PAGES } from "@/components/docs/docs-pages";
import Link from "next/link";
import { ApiReference } from "@/components/docs/api-reference";
import { TOKEN_PREFIX } from "@/lib/portal/personal-access-tokens/token-format";

export const metadata: Metadata = { title: DOCS_PAGES.restApi.title };

export default function ApiDocsPage() {
  return (
    <article>
      <h1>REST API</h1>
      <p>
        Manage your OAuth clients, their secrets and your APIs over HTTP. Authenticate with a personal access token from{" "}
        <Link href="/console/tokens">Access tokens</Link>: <code>Authorization: Bearer {TOKEN_PREFIX}…</code>. Tokens
        with <code>clients:read</code> may read apps; changes need <code>clients:write</code>. APIs take{" "}
        <code>apis:read</code> and <code>apis:write</code> (<Link href="/docs/protect-your-api">Protect your API</Link>
        ), teams <code>teams:read</code> and <code>teams:write</code>; within a team, your role decides the rest. The
        machine-readable description is <Link href="/openapi.json">/openapi.json</Link> (OpenAPI 3.1).
      </p>
      <pre tabIndex={0} role="region" aria-label="Registering an app with curl">
        <code>{`curl -H "Authorization: Bearer $NINKA_TOKEN" -H "Content-Type: application/json" \\
  -d '{"client_name":"My app","application_type":"web","redirect_uris":["https://app.example.com/callback"]}' \\
  https://<this server>/clients`}</code>
      </pre>
      <h2>Errors</h2>
      <p>
        Errors are <code>application/problem+json</code> (RFC 9457) with <code>status</code>, <code>detail</code> and,
        for invalid input, <code>errors</code> by field. 401 carries <code>WWW-Authenticate: Bearer</code>; another
        developer&apos;s client or API is 404.
      </p>
      <ApiReference />
    </article>
  );
}
