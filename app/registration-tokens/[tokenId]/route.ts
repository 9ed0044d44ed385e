import { revokeRegistrationToken } from "@/lib/portal/registration-tokens/manage-registration-tokens";
import { apiRoutes } from "@/lib/delivery/http/api-route";

export const dynamic = "force-dynamic";

// Every method of this path; what each takes and answers is its entry in API_OPERATIONS.
export const { GET, POST, PUT, DELETE, PATCH } = apiRoutes({
  deleteRegistrationToken: ({ actor, params }) => revokeRegistrationToken(actor, params.tokenId),
});
