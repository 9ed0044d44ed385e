import type { Metadata } from "next";
import { AdminAppList } from "@/components/admin/admin-app-list";
import { AdminPager, AdminSearch } from "@/components/admin/admin-search";
import { PageHeader } from "@/components/ui/page-header";
import { ADMIN_APP_FILTERS, listAllClients } from "@/lib/portal/admin/list-all-clients";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Apps · Administration" };

type Query = { q?: string; status?: string; cursor?: string };
const href = (query: Query) => `/admin/apps?${new URLSearchParams(query as Record<string, string>)}`;

export default async function AdminAppsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { q, status, cursor } = await searchParams;
  const result = await listAllClients(actor, {
    q: q || undefined,
    status: status || undefined,
    cursor: cursor || undefined,
  });
  const search = { ...(q && { q }), status: result.status };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Apps"
        description={
          result.total === null
            ? "Apps matching the search, newest first."
            : `${result.total} app${result.total === 1 ? "" : "s"}.`
        }
        back={{ href: "/admin", label: "Administration" }}
      />
      <AdminSearch
        q={q}
        label="Client ID, owner's email, or the beginning of a name"
        status={{ value: result.status, options: ADMIN_APP_FILTERS }}
      />
      <AdminAppList apps={result.clients} />
      <AdminPager
        firstHref={cursor ? href(search) : null}
        nextHref={result.nextCursor ? href({ ...search, cursor: result.nextCursor }) : null}
      />
    </div>
  );
}
