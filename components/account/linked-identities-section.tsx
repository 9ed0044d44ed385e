import { RowList, RowListItem } from "@/components/ui/row-list";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { ConnectionIcon } from "@/components/sign-in/connection-icon";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listLinkedIdentities } from "@/lib/accounts/connections/linked-identities";
import { listSignInConnections } from "@/lib/accounts/connections/sign-in-connections";
import { unlinkIdentityAction } from "@/lib/delivery/actions/connection-actions";
import { systemActor } from "@/lib/kernel/actors/system-actor";

/**
 * Other identity providers linked to this account, each with Unlink, and a Link button for each
 * enabled one not linked yet (ARCHITECTURE.md "Federation"). Nothing shows on a Ninka without any.
 */
export async function LinkedIdentitiesSection() {
  const actor = await requireSessionActor("/account/security");
  const [identities, connections] = await Promise.all([
    listLinkedIdentities(actor),
    listSignInConnections(systemActor("sign-in")),
  ]);
  const linkable = connections.filter((c) => !identities.some((identity) => identity.connectionId === c.id));
  if (identities.length === 0 && connections.length === 0) return null;
  return (
    <Card>
      <h2 className="text-lg font-semibold">Linked sign-in providers</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
        Sign in to Ninka through these accounts too. Unlinking one signs nothing out.
      </p>
      {identities.length === 0 ? (
        <EmptyState title="None linked yet">Link one below to sign in with it.</EmptyState>
      ) : (
        <RowList label="Linked sign-in providers">
          {identities.map((identity) => (
            <RowListItem
              key={identity.id}
              title={identity.connectionName}
              detail={
                <span className="break-all">
                  {identity.email ? `${identity.email} · ` : ""}Linked <DateTime value={new Date(identity.createdAt)} />
                </span>
              }
              actions={
                <ConfirmActionButton
                  action={unlinkIdentityAction}
                  fields={{ id: identity.id }}
                  label="Unlink"
                  srLabel={identity.connectionName}
                  title={`Unlink ${identity.connectionName}?`}
                  description="You will no longer be able to sign in through it. Signing in with it again links it again if it gives your verified address."
                  confirmLabel="Unlink"
                  successMessage={`${identity.connectionName} unlinked.`}
                  pendingLabel="Unlinking…"
                />
              }
            />
          ))}
        </RowList>
      )}
      {linkable.length > 0 && (
        <div className="mt-4 flex flex-wrap gap-2">
          {linkable.map((connection) => (
            <form key={connection.id} method="post" action={`/connections/${encodeURIComponent(connection.id)}/link`}>
              <Button type="submit" variant="secondary">
                <ConnectionIcon preset={connection.preset} name={connection.name} />
                {`Link ${connection.name}`}
              </Button>
            </form>
          ))}
        </div>
      )}
    </Card>
  );
}
