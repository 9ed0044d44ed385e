import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { AdminTeamResults } from "@/components/admin/admin-team-list";
import { ListSearch } from "@/components/ui/list-search";

export const metadata: Metadata = { title: "Teams · Administration" };

// Every team, searched by id, slug or name (ARCHITECTURE.md "Administration").
export default async function AdminTeamsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; cursor?: string }>;
}) {
  const { q, cursor } = await searchParams;
  return (
    <AdminPage
      title="Teams"
      description="Every team, newest first: its owners, members, apps and APIs."
      back={{ href: "/admin", label: "Administration" }}
    >
      {(admin) => (
        <>
          <ListSearch q={q} label="Team ID, or the beginning of a slug or name" />
          <AdminTeamResults actor={admin} q={q} cursor={cursor} />
        </>
      )}
    </AdminPage>
  );
}
