import { getConfig } from "@/lib/config/get-config";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(getConfig().NINKA_URL));
}
