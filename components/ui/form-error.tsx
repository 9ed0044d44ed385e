import type { ActionResult } from "@/lib/kernel/errors";
import { Alert } from "./alert";

/** An error answer that names no field, announced above (or beside) the form. */
export function FormError({ state }: { state: ActionResult<unknown> | null }) {
  return state && !state.ok && !state.fieldErrors ? <Alert tone="error">{state.message}</Alert> : null;
}
