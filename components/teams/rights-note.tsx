import type { ReactNode } from "react";
import { roleAllows, type TeamAction, type TeamRole } from "@/lib/kernel/actors/team-permissions";
import { refusalSentence } from "./team-roles";

type Props = { role: TeamRole; team: { name: string } | null; action: TeamAction; className?: string };

/**
 * In place of a control the member's role lacks, the one sentence saying why (the domain refuses
 * anyway; ARCHITECTURE.md "Teams"). Nothing for a personal app, whose owner may do everything.
 */
export function RightsNote({ role, team, action, className = "" }: Props) {
  if (!team) return null;
  return (
    <p className={`text-sm text-slate-600 dark:text-slate-400 ${className}`} data-testid="rights-note">
      {refusalSentence(role, team.name, action)}
    </p>
  );
}

/**
 * The control (`children`) when the team member's role allows `action`, or a personal page (no
 * team); otherwise the sentence saying why it is not there.
 */
export function RightsGate({
  team,
  action,
  children,
}: {
  team: { name: string; role: TeamRole } | null;
  action: TeamAction;
  children: ReactNode;
}) {
  if (!team || roleAllows(team.role, action)) return children;
  return <RightsNote role={team.role} team={team} action={action} />;
}
