import type { Metadata } from "next";
import { VerifyEmailNotice } from "@/components/account/verify-email-notice";
import { ApiForm } from "@/components/apis/api-form";
import { RightsGate } from "@/components/teams/rights-note";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { orNotFound } from "@/lib/delivery/console-session/require-own-client";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getUserById } from "@/lib/accounts/users/get-user";
import { getTeam } from "@/lib/portal/teams/get-team";

export const metadata: Metadata = { title: "Register an API" };

type Props = { searchParams: Promise<{ team?: string }> };

// `?team=<id>`: the API is registered in that team (from the team's page; ARCHITECTURE.md "Teams").
export default async function NewApiPage({ searchParams }: Props) {
  const { team: teamId } = await searchParams;
  const actor = await requireSessionActor(`/console/apis/new${teamId ? `?team=${encodeURIComponent(teamId)}` : ""}`);
  const [user, team] = await Promise.all([
    getUserById(actor.id),
    teamId ? getTeam(actor, teamId).catch(orNotFound) : null,
  ]);
  const form = user?.emailVerifiedAt ? (
    <ApiForm teamId={team?.id} />
  ) : (
    <VerifyEmailNotice email={actor.email} what="api" />
  );
  return (
    <PageLayout
      title={team ? `Register an API in ${team.name}` : "Register an API"}
      back={
        team
          ? { href: `/console/teams/${encodeURIComponent(team.id)}/apis`, label: team.name }
          : { href: "/console/apis", label: "APIs" }
      }
      description="Name your API and the permissions apps may ask for. People see them on the consent screen; your API checks them in each token."
    >
      <Card>
        <RightsGate team={team} action="apps.write">
          {form}
        </RightsGate>
      </Card>
    </PageLayout>
  );
}
