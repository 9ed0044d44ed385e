import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteSessionsAction } from "@/lib/delivery/actions/session-actions";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listAccountSessions } from "@/lib/accounts/sessions/list-account-sessions";

/** The signed-in browsers part of /account/security (ARCHITECTURE.md "Sessions"): see them, sign them out. */
export async function SessionsSection() {
  const actor = await requireSessionActor("/account/security");
  const sessions = await listAccountSessions(actor);
  const others = sessions.filter((session) => !session.current).length;
  return (
    <Card className="flex flex-col gap-4">
      <div>
        <h2 className="text-lg font-semibold">Where you are signed in</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Browsers signed in to Ninka. Signing one out ends its Ninka and console sessions: it must sign in again.
        </p>
      </div>
      {sessions.length === 0 ? (
        <EmptyState title="No other sessions">Browsers where you sign in to Ninka appear here.</EmptyState>
      ) : (
        <ul aria-label="Signed-in browsers" className="divide-y divide-slate-200 dark:divide-slate-700">
          {sessions.map((session) => (
            <li
              key={session.handle}
              aria-label={session.device}
              className="flex flex-wrap items-center justify-between gap-3 py-3"
            >
              <div className="min-w-0 text-sm">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {session.device} {session.current && <Badge tone="success">This browser</Badge>}
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {session.ip && (
                    <>
                      <span className="whitespace-nowrap">{session.ip}</span> ·{" "}
                    </>
                  )}
                  {session.signedInAt && (
                    <>
                      Signed in <RelativeTime value={session.signedInAt} />
                    </>
                  )}
                  {session.lastSeenAt && (
                    <>
                      {" "}
                      · last seen <RelativeTime value={session.lastSeenAt} />
                    </>
                  )}
                </p>
              </div>
              {!session.current && (
                <ConfirmActionButton
                  action={deleteSessionsAction}
                  fields={{ handle: session.handle }}
                  label="Sign out"
                  srLabel={session.device}
                  title={`Sign out ${session.device}?`}
                  description="That browser will have to sign in again. Apps keep the access you gave them."
                  confirmLabel="Sign out"
                  pendingLabel="Signing out…"
                  successMessage={`${session.device} signed out.`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {others > 0 && (
        <div>
          <ConfirmActionButton
            action={deleteSessionsAction}
            fields={{ handle: "others" }}
            label="Sign out everywhere else"
            title="Sign out every other browser?"
            description={`${others === 1 ? "1 browser" : `${others} browsers`} will have to sign in again. This one stays signed in.`}
            confirmLabel="Sign out everywhere else"
            pendingLabel="Signing out…"
            successMessage="Every other browser is signed out."
          />
        </div>
      )}
    </Card>
  );
}
