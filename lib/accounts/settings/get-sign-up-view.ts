import "server-only";
import { getDb } from "@/lib/kernel/db/client";
import { getSignUpPolicy } from "./get-sign-up-policy";
import { findPendingInvitation } from "./invitations";

/** What the sign-up page shows: the form (maybe for an invited address), or why there is none. */
export type SignUpView =
  | { kind: "open"; domains: string[] | null }
  | { kind: "invited"; email: string; invitation: string }
  | { kind: "closed" }
  | { kind: "invitation-invalid" };

export async function getSignUpView(invitation?: unknown): Promise<SignUpView> {
  if (invitation) {
    const pending = await findPendingInvitation(getDb(), invitation);
    return pending
      ? { kind: "invited", email: pending.email, invitation: invitation as string }
      : { kind: "invitation-invalid" };
  }
  const policy = await getSignUpPolicy();
  if (policy.mode === "closed") return { kind: "closed" };
  return { kind: "open", domains: policy.mode === "domains" ? policy.domains : null };
}
