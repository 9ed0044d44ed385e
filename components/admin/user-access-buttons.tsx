import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import {
  setUserAdminAction,
  setUserDisabledAction,
  signOutUserEverywhereAction,
} from "@/lib/delivery/actions/admin-actions";

type User = { id: string; email: string; isAdmin: boolean; disabledAt: Date | null };

type Props = {
  user: User;
  selfId: string;
  /** Offer Make admin / Remove admin (the user's admin page). */
  withAdminRole?: boolean;
};

/**
 * An administrator's actions on an account (/admin/users and /admin/users/[userId]): Sign out
 * everywhere, Disable / Enable, and on the user's page Make admin / Remove admin. The
 * administrator's own account offers none that the domain refuses anyway (demoting or disabling
 * oneself, lib/accounts/users/last-admin.ts); removing the last administrator is refused there too,
 * and the dialog shows why.
 */
export function UserAccessButtons({ user, selfId, withAdminRole = false }: Props) {
  const self = user.id === selfId;
  return (
    <>
      <ConfirmActionButton
        action={signOutUserEverywhereAction}
        fields={{ email: user.email }}
        label="Sign out everywhere"
        srLabel={user.email}
        title={`Sign ${user.email} out everywhere?`}
        description="Every browser they are signed in on must sign in again. Apps keep the access they were given."
        confirmLabel="Sign out everywhere"
        pendingLabel="Signing out…"
        successMessage={`${user.email} is signed out everywhere.`}
      />
      {withAdminRole && !(self && user.isAdmin) && (
        <ConfirmActionButton
          action={setUserAdminAction}
          fields={{ email: user.email, isAdmin: user.isAdmin ? "false" : "true" }}
          label={user.isAdmin ? "Remove admin" : "Make admin"}
          srLabel={user.email}
          title={user.isAdmin ? `Remove ${user.email} as administrator?` : `Make ${user.email} an administrator?`}
          description={
            user.isAdmin
              ? "They keep their account and apps, but can no longer open Administration."
              : "They can open Administration: every user and app, the settings and the audit log."
          }
          confirmLabel={user.isAdmin ? "Remove admin" : "Make admin"}
          pendingLabel="Saving…"
          successMessage={
            user.isAdmin ? `${user.email} is no longer an administrator.` : `${user.email} is an administrator.`
          }
        />
      )}
      {!self && (
        <ConfirmActionButton
          action={setUserDisabledAction}
          fields={{ email: user.email, disabled: user.disabledAt ? "false" : "true" }}
          label={user.disabledAt ? "Enable" : "Disable"}
          srLabel={user.email}
          title={user.disabledAt ? `Enable ${user.email}?` : `Disable ${user.email}?`}
          description={
            user.disabledAt
              ? "They can sign in again."
              : "They cannot sign in; their sessions, consent and tokens end now. Their apps keep working."
          }
          confirmLabel={user.disabledAt ? "Enable" : "Disable"}
          pendingLabel="Saving…"
          successMessage={user.disabledAt ? `${user.email} is enabled.` : `${user.email} is disabled.`}
        />
      )}
    </>
  );
}
