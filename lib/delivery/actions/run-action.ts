import { unstable_rethrow } from "next/navigation";
import { type ActionResult, isDomainError } from "@/lib/kernel/errors";
import { describeError, log } from "@/lib/kernel/log";

/**
 * Runs a server action's work and turns its outcome into the ActionResult that useActionState
 * reads: DomainErrors become their code, message and field errors; anything else is a bug, logged
 * and shown generically. Next's own control flow (redirect(), notFound()) passes through.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    unstable_rethrow(error);
    if (isDomainError(error))
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    log.error("Server action failed", { error: describeError(error) });
    return { ok: false, code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
  }
}
