import { buttonClass } from "@/components/ui/button";
import { clientConfiguration } from "@/lib/portal/clients/client-configuration";
import type { ClientView } from "@/lib/portal/clients/schemas";
import type { IssuerEndpoints } from "@/lib/provider/oidc/endpoints";

/**
 * "Download JSON": the app's public configuration as a file, from a data: link the server writes
 * (no script needed, and nothing to authorize a second time).
 */
export function DownloadConfigurationLink({ client, endpoints }: { client: ClientView; endpoints: IssuerEndpoints }) {
  const json = `${JSON.stringify(clientConfiguration(client, endpoints), null, 2)}\n`;
  return (
    <a
      href={`data:application/json;charset=utf-8,${encodeURIComponent(json)}`}
      download={`${client.client_id}.json`}
      className={`${buttonClass("secondary")} self-start`}
    >
      Download JSON
    </a>
  );
}
