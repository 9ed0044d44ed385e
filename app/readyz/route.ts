import { getReadiness } from "@/lib/delivery/get-readiness";

// Readiness: the database is reachable and migrated.
export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await getReadiness();
  return Response.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
