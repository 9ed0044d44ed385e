import type { Metadata } from "next";
import { ResetReviewForm } from "@/components/admin/reset-review-form";
import { ReviewQueue } from "@/components/admin/review-queue";
import { Card } from "@/components/ui/card";
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
      description="Apps their developers submitted. Approve to publish them, or reject with what to change."
      back={{ href: "/admin", label: "Administration" }}
    >
      <ReviewQueue apps={queue} />
      <Card className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">Send a published app back to Testing</h2>
        <ResetReviewForm />
      </Card>
    </PageLayout>
  );
}
