import { isDomainError } from "@/lib/kernel/errors";
import { domainProblem } from "./problem-response";
import { readFormBody } from "./read-form-body";

/**
 * Runs a form route (the interaction's login, consent and second step) on its body read with the
 * bound of read-form-body.ts: a body that cannot be read (413 too large, 400 not UTF-8) is its
 * problem, answered before the work runs, so nothing is decided on it.
 */
export async function formRoute(
  request: Request,
  work: (form: URLSearchParams) => Promise<Response>,
): Promise<Response> {
  let form: URLSearchParams;
  try {
    form = await readFormBody(request);
  } catch (error) {
    if (isDomainError(error)) return domainProblem(error.code, error.message);
    throw error;
  }
  return work(form);
}
