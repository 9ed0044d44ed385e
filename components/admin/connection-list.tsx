import { Badge } from "@/components/ui/badge";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { CopyButton } from "@/components/ui/copy-button";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { ConnectionView } from "@/lib/accounts/connections/connection-view";
import { listConnections } from "@/lib/accounts/connections/manage-connections";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { removeConnectionAction, toggleConnectionAction } from "@/lib/delivery/actions/connection-actions";
import { EditConnectionButton } from "./edit-connection-button";

/** The connections, each with its redirect URI, Edit, Enable/Disable and Remove (ARCHITECTURE.md "Federation"). */
export async function ConnectionList({ actor }: { actor: AnyActor }) {
  const connections: ConnectionView[] = await listConnections(actor);
  return (
    <ListCard
      label="Connections"
      empty={
        <EmptyState title="No connections yet">
          Add one below and the login page offers “Continue with …” for it.
        </EmptyState>
      }
    >
      {connections.map((connection) => (
        <ListCardItem
          key={connection.id}
          label={connection.name}
          heading={
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              <p className="font-medium break-words">{connection.name}</p>
              <Badge>{connection.presetLabel}</Badge>
              <Badge tone={connection.enabled ? "success" : "neutral"}>
                {connection.enabled ? "Enabled" : "Disabled"}
              </Badge>
            </div>
          }
          action={
            <div className="flex flex-wrap justify-end gap-2">
              <EditConnectionButton
                connection={{
                  id: connection.id,
                  name: connection.name,
                  issuer: connection.issuer,
                  createAccounts: connection.createAccounts,
                  domains: connection.domains,
                }}
              />
              <ConfirmActionButton
                action={toggleConnectionAction}
                fields={{ id: connection.id, enabled: String(!connection.enabled) }}
                label={connection.enabled ? "Disable" : "Enable"}
                srLabel={connection.name}
                title={`${connection.enabled ? "Disable" : "Enable"} ${connection.name}?`}
                description={
                  connection.enabled
                    ? "It leaves the login page, and sign-ins through it that are under way are refused. Linked identities stay."
                    : "The login page offers it again."
                }
                confirmLabel={connection.enabled ? "Disable" : "Enable"}
                pendingLabel="Saving…"
                successMessage={`${connection.name} ${connection.enabled ? "disabled" : "enabled"}.`}
              />
              <ConfirmActionButton
                action={removeConnectionAction}
                fields={{ id: connection.id }}
                label="Remove"
                srLabel={connection.name}
                title={`Remove ${connection.name}?`}
                description={`The ${connection.identities} identities linked through it are unlinked; the accounts stay, and sign in another way.`}
                confirmLabel="Remove connection"
                pendingLabel="Removing…"
                successMessage={`${connection.name} removed.`}
              />
            </div>
          }
          detailsClassName="sm:grid-cols-2"
        >
          <DetailItem label="Issuer">
            <span className="break-all">{connection.issuer}</span>
          </DetailItem>
          <DetailItem label="Client ID">
            <span className="break-all">{connection.clientId}</span>
          </DetailItem>
          <DetailItem label="New accounts">
            {connection.createAccounts ? "Created on a first sign-in" : "Not created"}
            {connection.domains.length > 0 && ` · only ${connection.domains.join(", ")}`}
          </DetailItem>
          <DetailItem label="Linked identities">{connection.identities}</DetailItem>
          <DetailItem label="Redirect URI to register upstream" className="sm:col-span-2">
            <span className="flex flex-wrap items-center gap-2">
              <code className="break-all">{connection.callbackUrl}</code>
              <CopyButton value={connection.callbackUrl} srSuffix={`redirect URI of ${connection.name}`} />
            </span>
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
