import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { RelativeTime } from "@/components/ui/relative-time";
import { APPLICATION_TYPES } from "@/lib/portal/clients/application-types";
import type { ClientView } from "@/lib/portal/clients/schemas";
import type { IssuerEndpoints } from "@/lib/provider/oidc/endpoints";
import { DownloadConfigurationLink } from "./download-configuration-link";
import { ClientPolicies } from "./client-policies";

/**
 * What the app is, the ID it signs in with, and where to point its OAuth library: the issuer (for
 * libraries that read discovery), or the endpoints themselves. Machine-to-machine apps use only the
 * token endpoint. Public apps learn why they have no secret.
 */
export function ClientOverview({ client, endpoints }: { client: ClientView; endpoints: IssuerEndpoints }) {
  const preset = APPLICATION_TYPES[client.application_type];
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Overview</h2>
        <DownloadConfigurationLink client={client} endpoints={endpoints} />
      </div>
      <CopyField label="Client ID" value={client.client_id} copyLabel="Copy client ID" />
      <CopyField label="Issuer" value={endpoints.issuer} copyLabel="Copy issuer" />
      <CopyField label="Discovery URL" value={endpoints.discoveryUrl} copyLabel="Copy discovery URL" />
      {client.application_type !== "m2m" && (
        <CopyField
          label="Authorization endpoint"
          value={endpoints.authorizationEndpoint}
          copyLabel="Copy authorization endpoint"
        />
      )}
      {client.require_pushed_authorization_requests && (
        <CopyField
          label="Pushed authorization request endpoint"
          value={endpoints.pushedAuthorizationRequestEndpoint}
          copyLabel="Copy pushed authorization request endpoint"
        />
      )}
      <CopyField label="Token endpoint" value={endpoints.tokenEndpoint} copyLabel="Copy token endpoint" />
      <ClientPolicies client={client} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Created <RelativeTime value={client.created_at} /> · Last used{" "}
        {client.last_used_at ? <RelativeTime value={client.last_used_at} /> : "never"}
      </p>
      {!preset.confidential && (
        <Alert tone="info">
          {preset.label}s cannot keep a secret, so this app has none. It signs people in with the authorization code
          flow and PKCE (S256), sending only its client ID.
        </Alert>
      )}
    </Card>
  );
}
