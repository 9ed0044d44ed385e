import Link from "next/link";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { Alert } from "@/components/ui/alert";
import { AppLogo } from "@/components/ui/app-logo";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { switchAccountPath } from "@/lib/delivery/console-session/sign-in-paths";
import type { Actor } from "@/lib/kernel/actors/actor";
import type { InvitationPreview } from "@/lib/portal/teams/schemas";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { ROLE_LABELS, roleAdds } from "./team-roles";

type Props = { preview: InvitationPreview; token: string; actor: Actor; joinPath: string };

/**
 * The join page's invitation: the team, the role and who invited, then either "Join" or why not
 * and the way forward — another account (the invited address), verifying the address, or a new
 * link from the team (expired). acceptInvitation decides again on submit.
 */
export function JoinInvitation({ preview, token, actor, joinPath }: Props) {
  const { team, role, invited_by } = preview;
  const wrongAccount = actor.email.toLowerCase() !== preview.email.toLowerCase();
  return (
    <Card className="flex flex-col gap-5">
      <div className="flex items-center gap-4">
        <AppLogo name={team.name} logoUri={team.logo_uri} size="lg" />
        <div className="min-w-0">
          <h2 className="text-lg font-semibold break-words">{team.name}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {invited_by ?? "A member"} invited {preview.email} to join as{" "}
            <strong className="font-medium text-slate-800 dark:text-slate-200">
              {ROLE_LABELS[role].toLowerCase()}
            </strong>
            .
          </p>
        </div>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">{roleAdds(role)}</p>
      {preview.expired ? (
        <Alert tone="error">
          This invitation expired <RelativeTime value={preview.expires_at} />. Ask {invited_by ?? "the team"} for a new
          one.
        </Alert>
      ) : wrongAccount ? (
        <>
          <Alert tone="warning">
            This invitation is for {preview.email}; you are signed in as {actor.email}. Sign in with the invited address
            to accept it.
          </Alert>
          <div>
            <Link href={switchAccountPath(joinPath, preview.email)} className={buttonClass("primary")}>
              Sign in as {preview.email}
            </Link>
          </div>
        </>
      ) : actor.unverified ? (
        <VerifyEmailNotice email={actor.email} what="join" />
      ) : (
        <>
          <p className="text-sm">
            The link works once and expires <RelativeTime value={preview.expires_at} />.
          </p>
          <AcceptInvitationForm token={token} teamName={team.name} />
        </>
      )}
    </Card>
  );
}
