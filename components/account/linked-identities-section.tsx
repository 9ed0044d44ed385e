import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { DateTime } from "@/components/ui/date-time";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listLinkedIdentities } from "@/lib/accounts/connections/linked-identities";
import { unlinkIdentityAction } from "@/lib/delivery/actions/connection-actions";

/** Other identity providers linked to this account, each with Unlink (ARCHITECTURE.md "Federation"). */
export async function LinkedIdentitiesSection() {
  const identities = await listLinkedIdentities(await requireSessionActor("/account/security"));
  if (identities.length === 0) return null;
  return (
    <Card>
      <h2 className="text-lg font-semibold">Linked sign-in providers</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
        You can sign in to Ninka through these accounts. Unlinking one signs nothing out.
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Linked sign-in providers">
        {identities.map((identity) => (
          <li key={identity.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium break-words">{identity.connectionName}</p>
              <p className="text-sm break-all text-slate-600 dark:text-slate-400">
                {identity.email ? `${identity.email} · ` : ""}Linked <DateTime value={new Date(identity.createdAt)} />
              </p>
            </div>
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
          </li>
        ))}
      </ul>
    </Card>
  );
}
