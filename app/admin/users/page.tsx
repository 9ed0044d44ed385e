import type { Metadata } from "next";
import { AdminPager, AdminSearch } from "@/components/admin/admin-search";
import { UserList } from "@/components/admin/user-list";
import { PageHeader } from "@/components/ui/page-header";
import { listUsers } from "@/lib/portal/admin/list-users";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Users · Administration" };

type Query = { q?: string; page?: string };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Query> }) {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const { q, page } = await searchParams;
  const result = await listUsers(actor, { q: q || undefined, page: page || undefined });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Users"
        description={`${result.total} account${result.total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}.`}
        back={{ href: "/admin", label: "Administration" }}
      />
      <AdminSearch q={q} label="Email or name" />
      <UserList users={result.users} />
      <AdminPager
        page={result.page}
        pages={result.pages}
        href={(n) => `/admin/users?${new URLSearchParams({ ...(q && { q }), page: String(n) })}`}
      />
    </div>
  );
}
