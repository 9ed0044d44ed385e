import type { Metadata } from "next";
import { AdminAppList } from "@/components/admin/admin-app-list";
import { AdminPager } from "@/components/admin/admin-search";
import { ListSearch } from "@/components/ui/list-search";
import { AppOriginFilter } from "@/components/admin/app-origin-filter";
import { PageHeader } from "@/components/ui/page-header";
import { ADMIN_APP_FILTERS, ADMIN_APP_ORIGINS, listAllClients } from "@/lib/portal/admin/list-all-clients";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { SEARCH_REFUSAL, unlessSearchRefused } from "@/lib/kernel/validation/search-refusal";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Apps · Administration" };

type Query = { q?: string; status?: string; origin?: string; cursor?: string };
const REFUSED = { total: null, status: "all", origin: "all", nextCursor: null } as const;
const href = (query: Query) => `/admin/apps?${new URLSearchParams(query as Record<string, string>)}`;

export default async function AdminAppsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { q, status, origin, cursor } = await searchParams;
  const query = { q, status, origin, cursor };
  // Empty fields of the search form are no filter.
  const given = Object.fromEntries(Object.entries(query).map(([key, value]) => [key, value || undefined]));
  const listed = await unlessSearchRefused(listAllClients(actor, given));
  const result = listed ?? { ...REFUSED, clients: [] };
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
      {listed ? <AdminAppList apps={result.clients} /> : <Alert tone="error">{SEARCH_REFUSAL}</Alert>}
      <AdminPager
        firstHref={cursor ? href(search) : null}
        nextHref={result.nextCursor ? href({ ...search, cursor: result.nextCursor }) : null}
      />
    </div>
  );
}
