import type { Metadata } from "next";
import { ConnectedAppList } from "@/components/account/connected-app-list";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listGrants } from "@/lib/portal/grants/list-grants";

export const metadata: Metadata = { title: "Connected apps" };

export default async function ConnectedAppsPage() {
  const actor = await requireSessionActor("/account/apps");
  const apps = await listGrants(actor);
  return (
    <PageLayout
      title="Connected apps"
      description="Apps you have allowed to use your Ninka account. Removing an app signs it out everywhere at once; it has to ask for your permission again to get back in."
    >
      <ConnectedAppList apps={apps} />
    </PageLayout>
  );
}
