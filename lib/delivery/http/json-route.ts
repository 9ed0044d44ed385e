import { isDomainError } from "@/lib/kernel/errors";
import { domainProblem } from "./problem-response";

/** Runs a JSON route's work: its result as JSON (200), a DomainError as its problem (4xx). */
export async function jsonRoute(work: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await work(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isDomainError(error)) return domainProblem(error.code, error.message, error.fieldErrors);
    throw error;
  }
}
