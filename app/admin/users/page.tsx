import type { Metadata } from "next";
import { AdminPager } from "@/components/admin/admin-search";
import { ListSearch } from "@/components/ui/list-search";
import { UserList } from "@/components/admin/user-list";
import { PageLayout } from "@/components/ui/page-layout";
import { listUsers } from "@/lib/portal/admin/list-users";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Users · Administration" };

type Query = { q?: string; cursor?: string };
const href = (query: Query) => `/admin/users?${new URLSearchParams(query as Record<string, string>)}`;

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { q, cursor } = await searchParams;
  const result = await listUsers(actor, { q: q || undefined, cursor: cursor || undefined });
  const search = q ? { q } : {};
  const counted = result.total === null ? "" : `${result.total} account${result.total === 1 ? "" : "s"}.`;
  return (
    <PageLayout
      title="Users"
      description={q ? `Accounts whose email address starts with “${q}”.` : counted}
      back={{ href: "/admin", label: "Administration" }}
    >
      <ListSearch q={q} label="Email address, or its beginning" />
      <UserList users={result.users} selfId={actor.id} />
      <AdminPager
        firstHref={cursor ? href(search) : null}
        nextHref={result.nextCursor ? href({ ...search, cursor: result.nextCursor }) : null}
      />
    </PageLayout>
  );
}
