import type { Metadata } from "next";
import { AdminPager } from "@/components/admin/admin-search";
import { ListSearch } from "@/components/ui/list-search";
import { UserList } from "@/components/admin/user-list";
import { PageLayout } from "@/components/ui/page-layout";
import { listUsers } from "@/lib/portal/admin/list-users";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { SEARCH_REFUSAL, unlessSearchRefused } from "@/lib/kernel/validation/search-refusal";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Users · Administration" };

type Query = { q?: string; cursor?: string };
const href = (query: Query) => `/admin/users?${new URLSearchParams(query as Record<string, string>)}`;

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { q, cursor } = await searchParams;
  const listed = await unlessSearchRefused(listUsers(actor, { q: q || undefined, cursor: cursor || undefined }));
  const result = listed ?? { total: null, users: [], nextCursor: null };
  const search = q ? { q } : {};
  const counted = result.total === null ? "" : `${result.total} account${result.total === 1 ? "" : "s"}.`;
  return (
    <PageLayout
      title="Users"
      description={q ? `Accounts whose email address starts with “${q}”.` : counted}
      back={{ href: "/admin", label: "Administration" }}
    >
      <ListSearch q={q} label="Email address, or its beginning" />
      {listed ? <UserList users={result.users} selfId={actor.id} /> : <Alert tone="error">{SEARCH_REFUSAL}</Alert>}
      <AdminPager
        firstHref={cursor ? href(search) : null}
        nextHref={result.nextCursor ? href({ ...search, cursor: result.nextCursor }) : null}
      />
    </PageLayout>
  );
}
