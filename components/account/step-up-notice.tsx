import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { TONES } from "@/components/ui/tones";
import { stepUpPath } from "@/lib/delivery/console-session/sign-in-paths";
import { durationWords } from "@/lib/kernel/time/durations";
import { LIFETIMES } from "@/lib/kernel/time/lifetimes";

/**
 * Says that a change needs a recent sign-in (step-up, ARCHITECTURE.md "Step-up") and offers to sign
 * in again on this browser, coming back to `returnTo`. Shown by pages before such a change and by
 * forms when an action answered STEP_UP_REQUIRED.
 */
export function StepUpNotice({ returnTo, children }: { returnTo: string; children?: ReactNode }) {
  return (
    <div
      role="status"
      className={`flex flex-col gap-3 rounded-md border px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between ${TONES.warning.surface} ${TONES.warning.border}`}
    >
      <p>
        {children ??
          `For your security, confirm it's you before changing this: sign in again, then you have ${durationWords(LIFETIMES.stepUp)}.`}
      </p>
      <a href={stepUpPath(returnTo)} className={`${buttonClass("secondary")} shrink-0 self-start sm:self-center`}>
        Confirm it&apos;s you
      </a>
    </div>
  );
}

/** An action's error: the step-up notice for STEP_UP_REQUIRED, else the message. */
export function isStepUpRequired(result: { ok: boolean; code?: string } | null | undefined): boolean {
  return Boolean(result && !result.ok && result.code === "STEP_UP_REQUIRED");
}
