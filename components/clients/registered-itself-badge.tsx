import { Badge } from "@/components/ui/badge";
import type { ClientView } from "@/lib/portal/clients/schemas";

/** Marks an app that registered itself (RFC 7591) rather than being created in the console. */
export function RegisteredItselfBadge({ client }: { client: Pick<ClientView, "registered_via"> }) {
  return client.registered_via ? <Badge tone="warning">Registered itself</Badge> : null;
}
