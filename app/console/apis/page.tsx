import type { Metadata } from "next";
import { ApiList } from "@/components/apis/api-list";
import { Alert } from "@/components/ui/alert";
import { OlderPageLink, type PagedListProps } from "@/components/ui/older-page-link";
import { PageLayout } from "@/components/ui/page-layout";
import { listApis } from "@/lib/portal/apis/list-apis";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "APIs" };

export default async function ApisPage({ searchParams }: PagedListProps) {
  const actor = await requireSessionActor("/console/apis");
  const { cursor, deleted } = await searchParams;
  const { apis, next_cursor } = await listApis(actor, { limit: 50, cursor });
  return (
    <PageLayout
      title="APIs"
      description="Register the APIs you build: the permissions apps may ask for, and who may call them machine to machine."
      actionLink={apis.length > 0 && { href: "/console/apis/new", label: "Register API" }}
    >
      {deleted && <Alert tone="success">“{deleted}” was deleted; requests for its scopes now fail.</Alert>}
      <ApiList apis={apis} />
      <OlderPageLink path="/console/apis" cursor={next_cursor}>
        Older APIs
      </OlderPageLink>
    </PageLayout>
  );
}
