import Link from "next/link";
import type { TeamRole } from "@/lib/kernel/actors/team-permissions";
import { ROLE_LABELS } from "./team-roles";

/** "Owned by <team> · you are a developer": on the page of a team's app or API, linking to the team. */
export function OwnedBy({ team, role }: { team: { id: string; name: string }; role: TeamRole }) {
  return (
    <span data-testid="owned-by">
      Owned by{" "}
      <Link
        href={`/console/teams/${encodeURIComponent(team.id)}`}
        className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100"
      >
        {team.name}
      </Link>
      {` · your role: ${ROLE_LABELS[role].toLowerCase()}`}
    </span>
  );
}
