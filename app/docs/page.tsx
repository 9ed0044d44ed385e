import type { Metadata } from "next";
import { DOCS_PAGES } from "@/components/docs/docs-pages";
import Link from "next/link";
import { getSignUpPolicy } from "@/lib/accounts/settings/get-sign-up-policy";
import { ScopeTable } from "@/components/docs/scope-table";
import { MAX_ACTIVE_SECRETS } from "@/lib/portal/client-secrets/client-secret";

export const metadata: Metadata = { title: DOCS_PAGES.gettingStarted.title };

export default async function DocsPage() {
  // Sign-up is offered only when it is open (ARCHITECTURE.md "Sign-up policy and invitations").
  const signUpOpen = (await getSignUpPolicy()).mode !== "closed";
  return (
    <article>
      <h1>Getting started with Ninka</h1>
      <p>
        Ninka is an OAuth 2.0 and OpenID Connect server. Register an app, then let your users sign in with their Ninka
        account.
      </p>
      <h2>1. Register an app</h2>
      <ol>
        <li>
          {signUpOpen ? <Link href="/signup">Create an account</Link> : "Ask an administrator to invite you"} and open
          the <Link href="/console">console</Link>.
        </li>
        <li>
          Choose <strong>Create app</strong>, pick what you are building (web, single-page, native or machine to
          machine), and enter its redirect URIs.
        </li>
        <li>
          Copy the client ID and, for web and machine-to-machine apps, the client secret. The secret is shown once.
        </li>
      </ol>
      <h2>2. Point your OAuth library at Ninka</h2>
      <p>
        Use the issuer <code>/oauth</code> on this server; every library reads the rest from discovery:
      </p>
      <pre tabIndex={0} role="region" aria-label="Ninka's OAuth endpoints">
        <code>{`issuer:        <this server>/oauth
discovery:     <this server>/oauth/.well-known/openid-configuration
authorize:     <this server>/oauth/authorize   (PKCE S256 required)
token:         <this server>/oauth/token`}</code>
      </pre>
      <h2>Scopes</h2>
      <ScopeTable />
      <h2>Rotating a secret</h2>
      <p>
        Apps may hold {MAX_ACTIVE_SECRETS} secrets at once: add a new secret, deploy it, then revoke the old one. No
        downtime.
      </p>
      <h2>Automating</h2>
      <p>
        Everything in the console is also in the <Link href="/docs/api">REST API</Link>.
      </p>
    </article>
  );
}
