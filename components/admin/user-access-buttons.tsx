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
        <FlipButton
          action={setUserAdminAction}
          email={user.email}
          field="isAdmin"
          isOn={user.isAdmin}
          turnOff={{
            label: "Remove admin",
            title: `Remove ${user.email} as administrator?`,
            description: "They keep their account and apps, but can no longer open Administration.",
            done: `${user.email} is no longer an administrator.`,
          }}
          turnOn={{
            label: "Make admin",
            title: `Make ${user.email} an administrator?`,
            description: "They can open Administration: every user and app, the settings and the audit log.",
            done: `${user.email} is an administrator.`,
          }}
        />
      )}
      {!self && (
        <FlipButton
          action={setUserDisabledAction}
          email={user.email}
          field="disabled"
          isOn={Boolean(user.disabledAt)}
          turnOff={{
            label: "Enable",
            title: `Enable ${user.email}?`,
            description: "They can sign in again.",
            done: `${user.email} is enabled.`,
          }}
          turnOn={{
            label: "Disable",
            title: `Disable ${user.email}?`,
            description: "They cannot sign in; their sessions, consent and tokens end now. Their apps keep working.",
            done: `${user.email} is disabled.`,
          }}
        />
      )}
    </>
  );
}

type Words = { label: string; title: string; description: string; done: string };

/** A yes/no of an account flipped behind a confirmation (`field` posted as the new value), with the words of each way. */
function FlipButton(props: {
  action: typeof setUserAdminAction;
  email: string;
  field: string;
  isOn: boolean;
  turnOff: Words;
  turnOn: Words;
}) {
  const words = props.isOn ? props.turnOff : props.turnOn;
  return (
    <ConfirmActionButton
      action={props.action}
      fields={{ email: props.email, [props.field]: props.isOn ? "false" : "true" }}
      label={words.label}
      srLabel={props.email}
      title={words.title}
      description={words.description}
      confirmLabel={words.label}
      pendingLabel="Saving…"
      successMessage={words.done}
    />
  );
}
