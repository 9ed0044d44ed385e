import Link from "next/link";
import { validationSnippets } from "@/components/apis/validation-snippets";

const example = {
  issuer: "https://<this server>/oauth",
  jwksUri: "https://<this server>/oauth/jwks",
  audience: "https://api.example.com/photos",
  scope: "photos.read",
};

/** /docs/protect-your-api: register an API, let apps ask for its permissions, check its tokens. */
export function ProtectApiGuide() {
  return (
    <article>
      <h1>Protect your API</h1>
      <p>
        Register your API in Ninka and name the permissions (scopes) apps may ask for. People allow them on the consent
        screen, and Ninka issues access tokens for your API as signed JWTs (RFC 9068) that your API checks on its own,
        without calling Ninka.
      </p>
      <h2>1. Register the API</h2>
      <ol>
        <li>
          In the <Link href="/console/apis">console</Link>, choose <strong>Register API</strong>.
        </li>
        <li>
          Give it an <strong>identifier</strong>: an https URI such as <code>{example.audience}</code>. It is the RFC
          8707 resource indicator apps send, and the audience (<code>aud</code>) of every token for your API. It never
          changes.
        </li>
        <li>
          Add its scopes, e.g. <code>photos.read</code> with “See your photo albums”. A scope value belongs to one API
          across Ninka; its description is what people read when they allow it.
        </li>
        <li>
          Choose how long its tokens live and how they are signed (ES256, or RS256 for libraries that only know RSA).
        </li>
      </ol>
      <p>
        The same is possible over the <Link href="/docs/api">REST API</Link> (<code>POST /apis</code>, with a token
        holding <code>apis:write</code>).
      </p>
      <h2>2. Apps ask for its permissions</h2>
      <p>
        A developer adds your scopes to their app (the console groups them under your API). Their app asks for them in
        its authorization request, with or without <code>resource=</code> your identifier; Ninka gives one API per
        token, and answers <code>invalid_scope</code> for an unknown scope and <code>invalid_target</code> for an
        unknown resource or scopes of two APIs at once. Refreshing keeps the audience. Requests that name no API get
        opaque tokens for userinfo only.
      </p>
      <p>
        Services that call your API as themselves (machine to machine, <code>client_credentials</code>) need your
        approval first: your API&apos;s page lists the apps that asked, and you approve or remove each scope for each
        app (also{" "}
        <code>
          PUT /apis/{"{apiId}"}/clients/{"{clientId}"}
        </code>
        ). Until then their token requests fail with <code>invalid_scope</code>; the app&apos;s own page shows its
        developer which scopes still await your approval.
      </p>
      <p>
        Removing a scope that apps hold, or deleting the API, takes the scopes away from them. The console names those
        apps and asks first; over REST, <code>PUT</code> and <code>DELETE /apis/{"{apiId}"}</code> answer{" "}
        <code>409</code> with <code>affected_clients</code> until you repeat the request with <code>?confirm=true</code>
        .
      </p>
      <h2>3. Check each token in your API</h2>
      <p>
        Fetch the keys from the JWKS (its address is in discovery, <code>/oauth/.well-known/openid-configuration</code>
        ), then check the signature, <code>iss</code>, <code>aud</code> (your identifier), the header{" "}
        <code>typ: at+jwt</code>, <code>exp</code> and the <code>scope</code> you need. <code>sub</code> is the user, or
        the app itself for machine-to-machine tokens; <code>client_id</code> is the app. Answer <code>401</code> for a
        bad token and <code>403 insufficient_scope</code> for a missing scope (RFC 6750).
      </p>
      <p>
        These tokens are checked where they are used: the introspection and revocation endpoints answer{" "}
        <code>unsupported_token_type</code> for them. Keep their lifetime short; revoking the app&apos;s refresh token
        (or the user removing the app) stops new ones, and a token already issued ends at its <code>exp</code>.
      </p>
      {validationSnippets(example).map((snippet) => (
        <section key={snippet.language} aria-label={snippet.language}>
          <h3>{snippet.language}</h3>
          <pre tabIndex={0}>
            <code>{snippet.code}</code>
          </pre>
        </section>
      ))}
      <p>
        Your API&apos;s page in the console shows these with its own issuer, JWKS URL and audience filled in. A complete
        example server is <code>examples/resource-server/server.mjs</code> in Ninka&apos;s repository.
      </p>
    </article>
  );
}
