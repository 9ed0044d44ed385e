import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { TeamForm } from "@/components/teams/team-form";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { getUserById } from "@/lib/accounts/users/get-user";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Create a team" };

export default async function NewTeamPage() {
  const actor = await requireSessionActor("/console/teams/new");
  const user = await getUserById(actor.id);
  return (
    <PageLayout
      title="Create a team"
      back={{ href: "/console/teams", label: "Teams" }}
      description="You become its owner. Then invite colleagues and create apps and APIs in the team, or move yours into it."
    >
      <Card>{user?.emailVerifiedAt ? <TeamForm /> : <VerifyEmailNotice email={actor.email} what="team" />}</Card>
    </PageLayout>
  );
}
