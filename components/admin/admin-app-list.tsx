import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { suspendClientAction, transferClientAction } from "@/lib/delivery/actions/admin-actions";
import type { listAllClients } from "@/lib/portal/admin/list-all-clients";
import { REVIEW_STATES } from "@/lib/portal/reviews/review-states";
import { ResultHeading } from "./result-heading";
import { TextDialogButton } from "./text-dialog-button";

type App = Awaited<ReturnType<typeof listAllClients>>["clients"][number];

/** /admin/apps' results: owner, type, status, and Suspend / Unsuspend and Transfer. */
export function AdminAppList({ apps }: { apps: App[] }) {
  if (apps.length === 0)
    return <EmptyState title="No apps found">Try another name, client ID or owner, or another filter.</EmptyState>;
  return (
    <ListCard label="Apps">
      {apps.map((app) => (
        <ListCardItem
          key={app.id}
          label={app.name}
          heading={
            <ResultHeading
              name={app.name}
              nameBreak="break-words"
              badges={
                <>
                  {app.suspendedAt ? <Badge tone="danger">Suspended</Badge> : <Badge tone="success">Active</Badge>}
                  {app.review !== "published" && <Badge tone="warning">{REVIEW_STATES[app.review].label}</Badge>}
                </>
              }
              detail={app.id}
              mono
            />
          }
          action={
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
              />
            </div>
          }
          detailsClassName="grid-cols-2 sm:grid-cols-4"
        >
          <DetailItem label="Owner">
            {app.owner ? <span className="break-all">{app.owner.email}</span> : "No owner · registered itself"}
          </DetailItem>
          <DetailItem label="Type">{app.applicationType}</DetailItem>
          <DetailItem label="Created">
            <DateTime value={app.createdAt} />
          </DetailItem>
          <DetailItem label="Last used">{app.lastUsedAt ? <DateTime value={app.lastUsedAt} /> : "Never"}</DetailItem>
          {app.suspendedReason && (
            <DetailItem label="Suspended because" className="col-span-2 sm:col-span-4">
              {app.suspendedReason}
            </DetailItem>
          )}
        </ListCardItem>
      ))}
    </ListCard>
  );
}
