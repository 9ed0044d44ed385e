import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import type { AppReview } from "@/lib/portal/reviews/get-app-review";
import { MAX_TEST_USERS, REVIEW_STATES } from "@/lib/portal/reviews/review-states";
import { SubmitReviewForm } from "./submit-review-form";
import { TestUsers } from "./test-users";

const TONE = { testing: "warning", submitted: "brand", published: "success" } as const;

type Props = {
  clientId: string;
  review: AppReview;
  /** Without the role to change it (a team's viewer): the state and test users, no controls. */
  readOnly?: boolean;
};

/** The app's review state on its page, with test users and "Submit for review" (ARCHITECTURE.md "App review"). */
export function ReviewPanel({ clientId, review, readOnly = false }: Props) {
  if (!review.enabled) return null;
  const { label, description } = REVIEW_STATES[review.state];
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-lg font-semibold">Review</h2>
        <Badge tone={TONE[review.state]}>{label}</Badge>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>
      {review.rejectedReason && (
        <Alert tone="error">An administrator sent this app back to Testing: {review.rejectedReason}</Alert>
      )}
      {review.state === "submitted" && review.submittedAt && (
        <p className="text-sm">
          Submitted <DateTime value={review.submittedAt} />. Your note:{" "}
          <span className="whitespace-pre-line">{review.note}</span>
        </p>
      )}
      {review.state !== "published" && (
        <>
          <section aria-labelledby="test-users-heading" className="flex flex-col gap-3">
            <h3 id="test-users-heading" className="font-medium">
              Test users{" "}
              <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                ({review.testUsers.length} of {MAX_TEST_USERS})
              </span>
            </h3>
            <TestUsers clientId={clientId} users={review.testUsers} readOnly={readOnly} />
          </section>
          {review.state === "testing" && !readOnly && <SubmitReviewForm clientId={clientId} />}
        </>
      )}
    </Card>
  );
}
