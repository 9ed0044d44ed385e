import type { Metadata } from "next";
import { ConnectionForm } from "@/components/admin/connection-form";
import { ConnectionList } from "@/components/admin/connection-list";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "Sign-in connections · Administration" };

// Other identity providers people sign in through (ARCHITECTURE.md "Federation").
export default async function AdminConnectionsPage() {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  return (
    <PageLayout
      title="Sign-in connections"
      description="Let people sign in with Google, Microsoft, GitLab, GitHub or any OpenID provider. Apps keep talking to Ninka only."
    >
      <ConnectionList actor={actor} />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Add a connection</h2>
        <ConnectionForm />
      </Card>
    </PageLayout>
  );
}
