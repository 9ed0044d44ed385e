import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { domainProblem } from "@/lib/delivery/http/problem-response";
import { isDomainError } from "@/lib/kernel/errors";
import { utcDay } from "@/lib/kernel/time/utc-day";
import { exportInstanceEvents } from "@/lib/portal/admin/export-instance-events";

// GET /admin/audit/export?action=&actor=&client=&from=&to=: the audit log's filtered view as CSV
// (administrators only; anyone else gets the 404 every /admin path gives).
export async function GET(request: Request): Promise<Response> {
  const actor = await requireAdminActor();
  try {
    const csv = await exportInstanceEvents(actor, Object.fromEntries(new URL(request.url).searchParams));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="ninka-audit-${utcDay()}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error)) return domainProblem(error.code, error.message, error.fieldErrors);
    throw error;
  }
}
