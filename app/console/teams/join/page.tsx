import type { Metadata } from "next";
import Link from "next/link";
import { JoinInvitation } from "@/components/teams/join-invitation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { isDomainError } from "@/lib/kernel/errors";
import { getInvitationPreview } from "@/lib/portal/teams/get-invitation-preview";

export const metadata: Metadata = { title: "Join a team" };

type Props = { searchParams: Promise<{ token?: string }> };

// Where a team invitation's mailed link leads (lib/portal/teams/team-invitations.ts): who invites
// whom to which team as what, then Join or why not. A used, revoked or unknown link says so.
export default async function JoinTeamPage({ searchParams }: Props) {
  const { token = "" } = await searchParams;
  const joinPath = `/console/teams/join?${new URLSearchParams({ token })}`;
  const actor = await requireSessionActor(joinPath);
  const preview = await getInvitationPreview(token).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") return error.message;
    throw error;
  });
  return (
    <PageLayout title="Join a team" description="An invitation to share a team's apps and APIs on this Ninka.">
      {typeof preview === "string" ? (
        <div className="flex flex-col items-start gap-4">
          <Alert tone="error">{preview}</Alert>
          <Link href="/console/teams" className={buttonClass("secondary")}>
            Your teams
          </Link>
        </div>
      ) : (
        <JoinInvitation preview={preview} token={token} actor={actor} joinPath={joinPath} />
      )}
    </PageLayout>
  );
}
