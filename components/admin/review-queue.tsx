import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { listReviewQueue } from "@/lib/portal/reviews/list-review-queue";
import { ReviewDecision } from "./review-decision";

type App = Awaited<ReturnType<typeof listReviewQueue>>[number];

/** Submitted apps, oldest first, with what a reviewer needs and the two decisions. */
export function ReviewQueue({ apps }: { apps: App[] }) {
  if (apps.length === 0)
    return (
      <EmptyState title="Nothing to review">Apps appear here when their developers submit them for review.</EmptyState>
    );
  return (
    <ListCard label="Apps waiting for review">
      {apps.map((app) => (
        <ListCardItem
          key={app.clientId}
          label={app.name}
          heading={<p className="min-w-0 break-words font-medium">{app.name}</p>}
          detailsClassName="sm:grid-cols-2"
        >
          <DetailItem label="Developer">
            <span className="break-all">
              {app.owner.name} ({app.owner.email})
            </span>
          </DetailItem>
          <DetailItem label="Submitted">{app.submittedAt ? <DateTime value={app.submittedAt} /> : "—"}</DetailItem>
          <DetailItem label="Client ID">
            <code className="break-all">{app.clientId}</code>
          </DetailItem>
          <DetailItem label="Scopes">{app.scope}</DetailItem>
          <DetailItem label="Redirect URIs" className="sm:col-span-2">
            <span className="break-all font-mono text-xs">{app.redirectUris.join(" ") || "—"}</span>
          </DetailItem>
          <DetailItem label="Developer's note" className="sm:col-span-2">
            <span className="whitespace-pre-line">{app.note}</span>
          </DetailItem>
          <DetailItem label="Your decision" className="sm:col-span-2">
            <ReviewDecision clientId={app.clientId} name={app.name} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
