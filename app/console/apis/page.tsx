import type { Metadata } from "next";
import Link from "next/link";
import { ApiList } from "@/components/apis/api-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageLayout } from "@/components/ui/page-layout";
import { listApis } from "@/lib/portal/apis/list-apis";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";

export const metadata: Metadata = { title: "APIs" };

type Props = { searchParams: Promise<{ cursor?: string; deleted?: string }> };

export default async function ApisPage({ searchParams }: Props) {
  const actor = await requireSessionActor("/console/apis");
  const { cursor, deleted } = await searchParams;
  const { apis, next_cursor } = await listApis(actor, { limit: 50, cursor });
  return (
    <PageLayout
      title="APIs"
      description="Register the APIs you build: the permissions apps may ask for, and who may call them machine to machine."
      action={
        apis.length > 0 && (
          <Link href="/console/apis/new" className={buttonClass("primary")}>
            Register API
          </Link>
        )
      }
    >
      {deleted && <Alert tone="success">“{deleted}” was deleted; requests for its scopes now fail.</Alert>}
      <ApiList apis={apis} />
      {next_cursor && (
        <Link
          href={`/console/apis?cursor=${encodeURIComponent(next_cursor)}`}
          className={`${buttonClass("secondary")} self-center`}
        >
          Older APIs
        </Link>
      )}
    </PageLayout>
  );
}
