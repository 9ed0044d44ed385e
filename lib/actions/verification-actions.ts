"use server";

import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/auth/session-user";
import type { ActionResult } from "@/lib/errors";
import { resendVerification } from "@/lib/users/resend-verification";

export async function resendVerificationAction(): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => resendVerification(await requireSessionActor("/console/clients/new")));
}
