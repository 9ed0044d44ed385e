import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { ConnectionForm } from "@/components/admin/connection-form";
import { ConnectionList } from "@/components/admin/connection-list";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign-in connections · Administration" };

// Other identity providers people sign in through (ARCHITECTURE.md "Federation").
export default function AdminConnectionsPage() {
  return (
    <AdminPage
      title="Sign-in connections"
      description="Let people sign in with Google, Microsoft, GitLab, GitHub or any OpenID provider. Apps keep talking to Ninka only."
    >
      {(admin) => (
        <>
          <ConnectionList actor={admin} />
          <Card>
            <h2 className="mb-4 text-lg font-semibold">Add a connection</h2>
            <ConnectionForm />
          </Card>
        </>
      )}
    </AdminPage>
  );
}
