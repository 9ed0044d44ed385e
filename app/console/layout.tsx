import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/console-shell";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listTeams } from "@/lib/portal/teams/list-teams";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireSessionActor();
  // The workspace switcher's teams; membership is read per request, never cached (ARCHITECTURE.md "Teams").
  const { teams } = await listTeams(actor, { limit: 100 });
  return (
    <ConsoleShell actor={actor} teams={teams}>
      {children}
    </ConsoleShell>
  );
}
