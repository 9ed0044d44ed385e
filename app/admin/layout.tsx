import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { ConsoleShell } from "@/components/console/console-shell";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

// Everything under /admin is a 404 for anyone but an administrator (ARCHITECTURE.md "Administration").
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireAdminActor();
  return (
    <ConsoleShell actor={actor}>
      <AdminNav />
      {children}
    </ConsoleShell>
  );
}
