import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { NewClientForm } from "@/components/clients/new-client-form";
import { RightsGate } from "@/components/teams/rights-note";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { listScopeCatalogue } from "@/lib/portal/api-clients/list-scope-catalogue";
import { orNotFound } from "@/lib/delivery/console-session/require-own-client";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getUserById } from "@/lib/accounts/users/get-user";
import { getTeam } from "@/lib/portal/teams/get-team";

export const metadata: Metadata = { title: "Create an app" };

type Props = { searchParams: Promise<{ team?: string }> };

// `?team=<id>`: the app is created in that team (from the team's page; ARCHITECTURE.md "Teams").
export default async function NewClientPage({ searchParams }: Props) {
  const { team: teamId } = await searchParams;
  const actor = await requireSessionActor(`/console/clients/new${teamId ? `?team=${encodeURIComponent(teamId)}` : ""}`);
  const [apis, user, team] = await Promise.all([
    listScopeCatalogue(actor),
    getUserById(actor.id),
    teamId ? getTeam(actor, teamId).catch(orNotFound) : null,
  ]);
  const form = user?.emailVerifiedAt ? (
    <NewClientForm apis={apis} teamId={team?.id} />
  ) : (
    <VerifyEmailNotice email={actor.email} />
  );
  return (
    <PageLayout
      title={team ? `Create an app in ${team.name}` : "Create an app"}
      back={
        team
          ? { href: `/console/teams/${encodeURIComponent(team.id)}`, label: team.name }
          : { href: "/console", label: "Apps" }
      }
      description="Register an app to let it sign people in with their Ninka account. You can change everything but its type later."
    >
      <Card>
        <RightsGate team={team} action="apps.write">
          {form}
        </RightsGate>
      </Card>
    </PageLayout>
  );
}
