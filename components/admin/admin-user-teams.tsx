import Link from "next/link";
import { ROLE_LABELS } from "@/components/teams/team-roles";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { TeamRole } from "@/lib/kernel/actors/team-permissions";

type Team = { id: string; name: string; slug: string; role: TeamRole };

/** On an account's admin page: the teams it is in, with its role in each (ARCHITECTURE.md "Teams"). */
export function AdminUserTeams({ teams }: { teams: Team[] }) {
  if (!teams.length) return <EmptyState title="No teams">Teams they create or join appear here.</EmptyState>;
  return (
    <ul
      aria-label="Their teams"
      className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
    >
      {teams.map((team) => (
        <li key={team.id} className="flex flex-wrap items-center gap-2 p-4">
          <Link
            href={`/admin/teams/${encodeURIComponent(team.id)}`}
            className="font-medium break-words text-brand-700 underline underline-offset-2 dark:text-brand-100"
          >
            {team.name}
          </Link>
          <code className="font-mono text-slate-600 dark:text-slate-400">{team.slug}</code>
          <Badge tone={team.role === "owner" ? "brand" : "neutral"}>{ROLE_LABELS[team.role]}</Badge>
        </li>
      ))}
    </ul>
  );
}
