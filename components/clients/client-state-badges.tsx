import { Badge } from "@/components/ui/badge";
import type { ClientState } from "@/lib/portal/clients/get-client-states";
import { REVIEW_STATES } from "@/lib/portal/reviews/review-states";

/**
 * An app's state in its owner's list: Suspended by an administrator, and Testing or In review while
 * not yet published (ARCHITECTURE.md "App review"; a published app needs no badge).
 */
export function ClientStateBadges({ state }: { state?: ClientState }) {
  if (!state) return null;
  return (
    <>
      {state.suspended && <Badge tone="danger">Suspended</Badge>}
      {state.review !== "published" && <Badge tone="warning">{REVIEW_STATES[state.review].label}</Badge>}
    </>
  );
}
