import type { ComponentProps, ReactNode } from "react";
import { PageLayout } from "@/components/ui/page-layout";
import type { Actor } from "@/lib/kernel/actors/actor";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

type Props = Omit<ComponentProps<typeof PageLayout>, "children"> & { children: (admin: Actor) => ReactNode };

/**
 * An /admin page: the administrator check first (Next.js layouts do not guard a page rendered on
 * its own), then the page's layout with what it shows for that administrator.
 */
export async function AdminPage({ children, ...layout }: Props) {
  const admin = await requireAdminActor();
  return <PageLayout {...layout}>{children(admin)}</PageLayout>;
}
