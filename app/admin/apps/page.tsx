import type { Metadata } from "next";
import { AdminAppList } from "@/components/admin/admin-app-list";
import { AdminPager, AdminSearch } from "@/components/admin/admin-search";
import { PageHeader } from "@/components/ui/page-header";
import { ADMIN_APP_FILTERS, listAllClients } from "@/lib/portal/admin/list-all-clients";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Apps · Administration" };

type Query = { q?: string; status?: string; page?: string };

export default async function AdminAppsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { q, status, page } = await searchParams;
  const result = await listAllClients(actor, {
    q: q || undefined,
    status: status || undefined,
    page: page || undefined,
  });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Apps"
        description={`${result.total} app${result.total === 1 ? "" : "s"}.`}
        back={{ href: "/admin", label: "Administration" }}
      />
      <AdminSearch
        q={q}
        label="Name, client ID or owner's email"
        status={{ value: result.status, options: ADMIN_APP_FILTERS }}
      />
      <AdminAppList apps={result.clients} />
      <AdminPager
        page={result.page}
        pages={result.pages}
        href={(n) => `/admin/apps?${new URLSearchParams({ ...(q && { q }), status: result.status, page: String(n) })}`}
      />
    </div>
  );
}
