import { roleAllows } from "@/lib/kernel/actors/team-permissions";
import type { OwnerView } from "@/lib/kernel/actors/owner-scope";
import type { TeamView } from "@/lib/portal/teams/schemas";

/**
 * Where "Move to…" may send an app or API owned by `owner`: to the mover (from a team) and into each
 * team where they may take ownership.transfer, other than its own (lib/portal/teams/resolve-owner-move.ts
 * decides again).
 */
export function moveTargets(owner: OwnerView, teams: TeamView[]) {
  const personal = owner?.type === "team" ? [{ value: "personal", label: "Personal (you)" }] : [];
  const into = teams
    .filter((team) => roleAllows(team.role, "ownership.transfer") && !(owner?.type === "team" && owner.id === team.id))
    .map((team) => ({ value: team.id, label: team.name }));
  return [...personal, ...into];
}
