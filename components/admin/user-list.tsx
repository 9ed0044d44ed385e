import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import { deleteUserAction } from "@/lib/delivery/actions/admin-actions";
import type { listUsers } from "@/lib/portal/admin/list-users";
import { ResultHeading } from "./result-heading";
import { UserAccessButtons } from "./user-access-buttons";

type User = Awaited<ReturnType<typeof listUsers>>["users"][number];

/**
 * /admin/users' results: who, their apps and sessions, and Disable / Enable. The administrator's own
 * row offers neither Disable nor Delete: the domain refuses both (lib/accounts/users/last-admin.ts),
 * and their own account is changed from /account.
 */
export function UserList({ users, selfId }: { users: User[]; selfId: string }) {
  if (users.length === 0)
    return <EmptyState title="No users found">Try another part of the email address or name.</EmptyState>;
  return (
    <ListCard label="Users">
      {users.map((user) => (
        <ListCardItem
          key={user.id}
          label={user.email}
          heading={
            <ResultHeading
              name={user.name}
              nameBreak="break-all"
              href={`/admin/users/${encodeURIComponent(user.id)}`}
              badges={
                <>
                  {user.id === selfId && <Badge tone="neutral">You</Badge>}
                  {user.isAdmin && <Badge tone="brand">Admin</Badge>}
                  {user.disabledAt && <Badge tone="danger">Disabled</Badge>}
                  {!user.emailVerifiedAt && <Badge tone="warning">Unverified</Badge>}
                </>
              }
              detail={user.email}
            />
          }
          action={
            <div className="flex flex-wrap justify-end gap-2">
              <UserAccessButtons user={user} selfId={selfId} />
              {user.id !== selfId && (
                <ConfirmActionButton
                  action={deleteUserAction}
                  fields={{ email: user.email, confirmedAppIds: user.apps.map((app) => app.id).join(",") }}
                  label="Delete"
                  srLabel={user.email}
                  title={`Delete ${user.email}?`}
                  description={
                    user.apps.length
                      ? `Their account goes for good, with these apps: ${user.apps.map((app) => app.name).join(", ")}. Their credentials stop working.`
                      : "Their account goes for good: sessions, consent, tokens and APIs."
                  }
                  confirmLabel="Delete account"
                  pendingLabel="Deleting…"
                  successMessage={`${user.email} deleted.`}
                  typeToConfirm={{ name: user.email, field: "typed" }}
                />
              )}
            </div>
          }
          detailsClassName="grid-cols-2 sm:grid-cols-4"
        >
          <DetailItem label="Apps">
            <LinkedNames
              items={user.apps.map((app) => ({
                id: app.id,
                name: app.name,
                href: `/admin/apps/${encodeURIComponent(app.id)}`,
              }))}
            />
          </DetailItem>
          <DetailItem label="Teams">
            <LinkedNames
              items={user.teams.map((team) => ({
                id: team.id,
                name: team.name,
                href: `/admin/teams/${encodeURIComponent(team.id)}`,
                note: team.role,
              }))}
            />
          </DetailItem>
          <DetailItem label="Sessions">{user.sessions}</DetailItem>
          <DetailItem label="Created">
            <DateTime value={user.createdAt} />
          </DetailItem>
          <DetailItem label="Last sign-in">
            {user.lastSignInAt ? <DateTime value={user.lastSignInAt} /> : "Never"}
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}

/** Names as links, comma-separated, each with an optional note in brackets; "None" for none. */
function LinkedNames({ items }: { items: { id: string; name: string; href: string; note?: string }[] }) {
  if (!items.length) return <>None</>;
  return items.map((item, i) => (
    <span key={item.id}>
      {i > 0 && ", "}
      <Link href={item.href} className="break-words text-brand-700 underline underline-offset-2 dark:text-brand-100">
        {item.name}
      </Link>
      {item.note && ` (${item.note})`}
    </span>
  ));
}
