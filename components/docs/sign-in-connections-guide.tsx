import { CONNECTION_PRESETS, PRESET_NAMES, connectionCallbackUrl } from "@/lib/accounts/connections/presets";

// Where each provider's console is and what to register there; the redirect URI is the one rule
// stated in presets.ts.
const WHERE: Record<(typeof PRESET_NAMES)[number], string> = {
  oidc: "Register a confidential web client (authorization code, PKCE) at your provider; Ninka reads the rest from its discovery document.",
  google:
    "Google Cloud console → APIs & Services → Credentials → Create OAuth client ID → Web application → Authorized redirect URIs.",
  microsoft:
    "Microsoft Entra admin center → App registrations → New registration → Web redirect URI; then a client secret under Certificates & secrets. Issuer: https://login.microsoftonline.com/<tenant ID>/v2.0 (one tenant: Ninka checks the issuer of every ID token).",
  gitlab:
    "GitLab → User or group settings → Applications (or Admin → Applications) → scopes openid, email, profile. Self-managed: your GitLab's URL as the issuer.",
  github:
    "GitHub → Settings → Developer settings → OAuth Apps → New OAuth App → Authorization callback URL. GitHub is OAuth 2.0 only: Ninka reads the user and its primary verified address from GitHub's API.",
};

/** /docs/sign-in-connections: the redirect URI to register upstream, per preset (ARCHITECTURE.md "Federation"). */
export function SignInConnectionsGuide({ baseUrl }: { baseUrl: string }) {
  const example = connectionCallbackUrl(baseUrl, "<connection id>");
  return (
    <article>
      <h1>Sign in with another identity provider</h1>
      <p>
        An administrator can let people sign in to Ninka with Google, Microsoft, GitLab, GitHub or any OpenID provider:
        the login page then shows “Continue with …” above the password form. Apps keep talking to Ninka only.
      </p>
      <h2>Add a connection</h2>
      <p>
        In <strong>Administration → Connections</strong>, or with the CLI (the client secret is read from stdin and
        stored encrypted):
      </p>
      <pre tabIndex={0} role="region" aria-label="Adding a connection with the CLI">
        <code>{`printf %s "$CLIENT_SECRET" | npx ninka connections add --name Google --preset google \\
  --client-id "$CLIENT_ID" --client-secret-stdin --create-accounts --domains example.com
npx ninka connections list
npx ninka connections disable --id <connection id>`}</code>
      </pre>
      <p>Each connection has its own redirect URI, shown when it is added and in its list entry:</p>
      <pre tabIndex={0} role="region" aria-label="The redirect URI to register">
        <code>{example}</code>
      </pre>
      {PRESET_NAMES.map((preset) => (
        <section key={preset}>
          <h2>{CONNECTION_PRESETS[preset].label}</h2>
          <p>{WHERE[preset]}</p>
          <p>
            Redirect URI: <code>{example}</code>. Scopes Ninka asks for:{" "}
            <code>{CONNECTION_PRESETS[preset].scopes}</code>.
          </p>
        </section>
      ))}
      <h2>Which account signs in</h2>
      <ul>
        <li>An identity signed in before returns to its account (by issuer and subject, never by email).</li>
        <li>
          A first sign-in links to the account with the same address only when both the provider and Ninka verified it;
          otherwise the person signs in another way first.
        </li>
        <li>
          With “Create accounts”, a new address gets a new account if the sign-up policy admits it. An allowed-domains
          list admits only verified addresses at those domains.
        </li>
        <li>
          Linked providers are listed under Account → Security, with Unlink (refused while it is the account&apos;s only
          way in). Ninka&apos;s own two-step sign-in still applies.
        </li>
      </ul>
    </article>
  );
}
