import type { Metadata } from "next";
import Link from "next/link";
import { ReviewQueue } from "@/components/admin/review-queue";
import { PageLayout } from "@/components/ui/page-layout";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { listReviewQueue } from "@/lib/portal/reviews/list-review-queue";

export const metadata: Metadata = { title: "App review · Administration" };

export default async function AdminReviewsPage() {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const queue = await listReviewQueue(actor);
  return (
    <PageLayout
      title="App review"
      description={
        <>
          Apps their developers submitted. Approve to publish them, or reject with what to change. To send a published
          app back to Testing, open it from{" "}
          <Link href="/admin/apps" className="text-brand-700 underline underline-offset-2 dark:text-brand-100">
            Apps
          </Link>
          .
        </>
      }
      back={{ href: "/admin", label: "Administration" }}
    >
      <ReviewQueue apps={queue} />
    </PageLayout>
  );
}
