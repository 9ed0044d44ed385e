import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { suspendClientAction, transferClientAction } from "@/lib/delivery/actions/admin-actions";
import { TextDialogButton } from "./text-dialog-button";

type App = { id: string; name: string; suspendedAt: Date | null };

/** An administrator's actions on an app (its row in /admin/apps and its admin page): Suspend or Unsuspend, Transfer. */
export function AppAdminActions({ app }: { app: App }) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {app.suspendedAt ? (
        <ConfirmActionButton
          action={suspendClientAction}
          fields={{ clientId: app.id, suspend: "false" }}
          label="Unsuspend"
          srLabel={app.name}
          title={`Unsuspend ${app.name}?`}
          description="It can sign people in and get tokens again."
          confirmLabel="Unsuspend"
          pendingLabel="Saving…"
          successMessage={`${app.name} is no longer suspended.`}
        />
      ) : (
        <TextDialogButton
          action={suspendClientAction}
          fields={{ clientId: app.id }}
          label="Suspend"
          srLabel={app.name}
          title={`Suspend ${app.name}?`}
          description="It stops signing anyone in at once and its tokens end. The owner sees your reason."
          input={{ name: "reason", label: "Reason, for the owner" }}
          confirmLabel="Suspend"
          successMessage={`${app.name} is suspended.`}
          danger
        />
      )}
      <TextDialogButton
        action={transferClientAction}
        fields={{ clientId: app.id }}
        label="Transfer"
        srLabel={app.name}
        title={`Transfer ${app.name}`}
        description="The new owner sees and manages it from now on; its client ID, tokens and consent stay. Both owners are told by email."
        input={{ name: "email", label: "New owner's email", type: "email" }}
        checkbox={{
          name: "revokeSecrets",
          label: "Revoke its client secrets",
          hint: "The previous owner may still hold them. The app stops getting tokens until the new owner adds a secret.",
        }}
        confirmLabel="Transfer"
        successMessage={`${app.name} is transferred.`}
      />
    </div>
  );
}
