import type { ClientView } from "@/lib/portal/clients/schemas";

/** The app's security policies (ARCHITECTURE.md "OAuth rules"), as the Overview states them. */
export function ClientPolicies({ client }: { client: ClientView }) {
  const redirects = client.application_type !== "m2m";
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" aria-label="Security policies">
      {redirects && (
        <>
          <dt className="font-medium text-slate-800 dark:text-slate-200">Authorization requests</dt>
          <dd className="text-slate-600 dark:text-slate-400" data-policy="par">
            {client.require_pushed_authorization_requests
              ? "Pushed (PAR) only: plain authorization URLs are refused"
              : "Pushed (PAR) or in the URL"}
          </dd>
        </>
      )}
      {client.token_endpoint_auth_method === "private_key_jwt" && (
        <>
          <dt className="font-medium text-slate-800 dark:text-slate-200">Client authentication</dt>
          <dd className="break-all text-slate-600 dark:text-slate-400" data-policy="keys">
            Signed JWT (private_key_jwt) with{" "}
            {client.jwks_uri ? `the keys at ${client.jwks_uri}` : `${client.jwks?.keys.length ?? 0} registered key(s)`}
          </dd>
        </>
      )}
      <dt className="font-medium text-slate-800 dark:text-slate-200">Tokens</dt>
      <dd className="text-slate-600 dark:text-slate-400" data-policy="dpop">
        {client.dpop_bound_access_tokens ? "DPoP-bound only: bearer tokens are refused" : "Bearer or DPoP-bound"}
      </dd>
    </dl>
  );
}
