"use server";

import { runAction } from "./run-action";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import type { ActionResult } from "@/lib/kernel/errors";
import { resendVerification } from "@/lib/accounts/users/resend-verification";

export async function resendVerificationAction(): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => resendVerification(await requireSessionActor("/console/clients/new")));
}
