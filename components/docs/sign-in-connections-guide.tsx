import Link from "next/link";
import { PRESET_NAMES, connectionCallbackUrl } from "@/lib/accounts/connections/presets";
import { PRESET_GUIDES } from "./connection-preset-guides";
import { connectionGuideHref } from "./docs-pages";

const ID = "CONNECTION-ID";

/** A connection's redirect URI as the docs show it, the id a placeholder (the one rule: presets.ts). */
export const exampleRedirectUri = (baseUrl: string) =>
  connectionCallbackUrl(baseUrl, ID).replace(ID, "<connection id>");

/** /docs/sign-in-connections: connections, the redirect URI, a page per preset (ARCHITECTURE.md "Federation"). */
export function SignInConnectionsGuide({ baseUrl }: { baseUrl: string }) {
  const example = exampleRedirectUri(baseUrl);
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
      <h2>Each provider</h2>
      <p>What to register at the provider, its issuer and what Ninka asks of it:</p>
      <ul>
        {PRESET_NAMES.map((preset) => (
          <li key={preset}>
            <Link href={connectionGuideHref(preset)}>{PRESET_GUIDES[preset].title}</Link>:{" "}
            {PRESET_GUIDES[preset].summary}
          </li>
        ))}
      </ul>
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
