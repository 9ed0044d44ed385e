import Link from "next/link";
import { CONNECTION_PRESETS, type ConnectionPreset } from "@/lib/accounts/connections/presets";
import { PRESET_GUIDES } from "./connection-preset-guides";
import { DOCS_PAGES } from "./docs-pages";
import { exampleRedirectUri } from "./sign-in-connections-guide";

/** /docs/sign-in-connections/{preset}: registering Ninka at one kind of provider (ARCHITECTURE.md "Federation"). */
export function ConnectionPresetGuide({ preset, baseUrl }: { preset: ConnectionPreset; baseUrl: string }) {
  const guide = PRESET_GUIDES[preset];
  const { label, issuer, scopes } = CONNECTION_PRESETS[preset];
  const redirect = exampleRedirectUri(baseUrl);
  const cli = [
    `printf %s "$CLIENT_SECRET" | npx ninka connections add \\`,
    `  --name "${label}" --preset ${preset} \\`,
    ...(guide.cliIssuer ? [`  --issuer "${guide.cliIssuer}" \\`] : []),
    `  --client-id "$CLIENT_ID" --client-secret-stdin --create-accounts`,
  ].join("\n");
  return (
    <article>
      <h1>{guide.title}</h1>
      <p>
        People sign in to Ninka with their {label} account: the login page shows “Continue with …”. Apps keep talking to
        Ninka only. See <Link href={DOCS_PAGES.signInConnections.href}>{DOCS_PAGES.signInConnections.title}</Link> for
        which account a sign-in opens.
      </p>
      <h2>At {label}</h2>
      <ol>
        {guide.register(<code>{redirect}</code>).map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <h2>In Ninka</h2>
      <p>
        Administration → Sign-in connections → Add a connection, provider {label}: the client ID and secret, and the
        issuer. Ninka then shows the connection&apos;s redirect URI, <code>{redirect}</code> with its own id; register
        exactly that one at {label}. Or with the CLI, which prints the id and the redirect URI:
      </p>
      <pre tabIndex={0} role="region" aria-label={`Adding ${label} with the CLI`}>
        <code>{cli}</code>
      </pre>
      <h2>Issuer and scopes</h2>
      {guide.issuer ?? (
        <p>
          <code>{issuer}</code> (leave the field empty).
        </p>
      )}
      <p>
        Ninka asks for <code>{scopes}</code>.
      </p>
      <h2>Good to know</h2>
      <ul>
        {guide.notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </article>
  );
}
