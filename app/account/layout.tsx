import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { ConsoleShell } from "@/components/console/console-shell";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const actor = await requireSessionActor();
  return (
    <ConsoleShell actor={actor} space="account">
      <AccountNav />
      {children}
    </ConsoleShell>
  );
}
