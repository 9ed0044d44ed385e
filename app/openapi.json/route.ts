import { getConfig } from "@/lib/kernel/config/get-config";
import { buildOpenApiDocument } from "@/lib/delivery/openapi/build-openapi-document";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(getConfig().NINKA_URL));
}
