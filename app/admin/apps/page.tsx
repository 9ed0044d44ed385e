import type { Metadata } from "next";
import { AdminAppList } from "@/components/admin/admin-app-list";
import { AdminPager } from "@/components/admin/admin-search";
import { ListSearch } from "@/components/ui/list-search";
import { AppOriginFilter } from "@/components/admin/app-origin-filter";
import { PageHeader } from "@/components/ui/page-header";
import { ADMIN_APP_FILTERS, ADMIN_APP_ORIGINS, listAllClients } from "@/lib/portal/admin/list-all-clients";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Apps · Administration" };

type Query = { q?: string; status?: string; origin?: string; cursor?: string };
const href = (query: Query) => `/admin/apps?${new URLSearchParams(query as Record<string, string>)}`;

export default async function AdminAppsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { q, status, origin, cursor } = await searchParams;
  const result = await listAllClients(actor, {
    q: q || undefined,
    status: status || undefined,
    origin: origin || undefined,
    cursor: cursor || undefined,
  });
  const filtered = { ...(q && { q }), status: result.status };
  const search = { ...filtered, ...(result.origin !== "all" && { origin: result.origin }) };
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
      <ListSearch
        q={q}
        label="Client ID, owner's email, or the beginning of a name"
        status={{ value: result.status, options: ADMIN_APP_FILTERS }}
      />
      <AppOriginFilter
        current={result.origin}
        options={Object.entries(ADMIN_APP_ORIGINS).map(([value, label]) => ({
          value,
          label,
          href: href(value === "all" ? filtered : { ...filtered, origin: value }),
        }))}
      />
      <AdminAppList apps={result.clients} />
      <AdminPager
        firstHref={cursor ? href(search) : null}
        nextHref={result.nextCursor ? href({ ...search, cursor: result.nextCursor }) : null}
      />
    </div>
  );
}
