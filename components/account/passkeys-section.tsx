import { RowList, RowListItem } from "@/components/ui/row-list";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { DateTime } from "@/components/ui/date-time";
import { RelativeTime } from "@/components/ui/relative-time";
import { EmptyState } from "@/components/ui/empty-state";
import { removePasskeyAction } from "@/lib/delivery/actions/passkey-actions";
import { getConfig } from "@/lib/kernel/config/get-config";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listPasskeys } from "@/lib/accounts/passkeys/manage-passkeys";
import { passkeysAvailable } from "@/lib/accounts/passkeys/relying-party";
import { Alert } from "@/components/ui/alert";
import { AddPasskeyForm } from "./add-passkey-form";
import { RenamePasskey } from "./rename-passkey";

/** The passkeys part of /account/security (ARCHITECTURE.md "Passkeys"): add, name, remove. */
export async function PasskeysSection() {
  const actor = await requireSessionActor("/account/security");
  const passkeys = await listPasskeys(actor);
  return (
    <Card>
      <h2 className="text-lg font-semibold">Passkeys</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
        Sign in with your fingerprint, face, screen lock or security key instead of a password, or use one as the second
        step after it.
      </p>
      {!passkeysAvailable() ? (
        <Alert tone="warning">
          Passkeys are not available on this Ninka: it is reached by an IP address (
          {new URL(getConfig().NINKA_URL).host}
          ), and browsers only allow passkeys on a host name such as localhost or auth.example.com. An administrator can
          set NINKA_URL to one.
        </Alert>
      ) : passkeys.length === 0 ? (
        <EmptyState title="No passkeys yet">
          Add one below; your browser or security key keeps it, and Ninka only its public key.
        </EmptyState>
      ) : (
        <RowList label="Your passkeys">
          {passkeys.map((passkey) => (
            <RowListItem
              key={passkey.id}
              title={passkey.name}
              detail={
                <>
                  Added <DateTime value={new Date(passkey.createdAt)} />
                  {" · "}
                  {passkey.lastUsedAt ? (
                    <>
                      Last used <RelativeTime value={passkey.lastUsedAt} />
                    </>
                  ) : (
                    "Never used"
                  )}
                </>
              }
              actions={
                <div className="flex flex-wrap gap-2">
                  <RenamePasskey id={passkey.id} name={passkey.name} />
                  <ConfirmActionButton
                    action={removePasskeyAction}
                    fields={{ id: passkey.id }}
                    label="Remove"
                    srLabel={`passkey ${passkey.name}`}
                    title={`Remove the passkey “${passkey.name}”?`}
                    description="You will no longer be able to sign in with it. Your browser or security key may still list it; you can delete it there too."
                    confirmLabel="Remove passkey"
                    successMessage={`Passkey “${passkey.name}” removed.`}
                    pendingLabel="Removing…"
                  />
                </div>
              }
            />
          ))}
        </RowList>
      )}
      {passkeysAvailable() && (
        <AddPasskeyForm names={Object.fromEntries(passkeys.map((passkey) => [passkey.id, passkey.name]))} />
      )}
    </Card>
  );
}
