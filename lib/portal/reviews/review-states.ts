// The states of an app under review (ARCHITECTURE.md "App review"), one list for the console's
// badges, the admin queue and the checks. No ClientReview row reads as Published.
export const REVIEW_STATES = {
  testing: { label: "Testing", description: "Only you and the test users you list can sign in to this app." },
  submitted: {
    label: "In review",
    description: "An administrator is reviewing this app. Until then, only you and your test users can use it.",
  },
  published: { label: "Published", description: "Anyone with a Ninka account can use this app." },
} as const;
export type ReviewState = keyof typeof REVIEW_STATES;

// Google's limit for an app in testing; enough for a team and its beta testers.
export const MAX_TEST_USERS = 100;

export const reviewStateOf = (row: { status: string } | null | undefined): ReviewState =>
  row && row.status in REVIEW_STATES ? (row.status as ReviewState) : "published";
