import type { ReactNode } from "react";
import { ConsoleShell } from "@/components/console/console-shell";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const actor = await requireSessionActor();
  return <ConsoleShell actor={actor}>{children}</ConsoleShell>;
}
