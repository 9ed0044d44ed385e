import { Badge } from "@/components/ui/badge";
import { APPLICATION_TYPES, type ApplicationType } from "@/lib/portal/clients/application-types";

export function ApplicationTypeBadge({ type }: { type: ApplicationType }) {
  return (
    <Badge tone={APPLICATION_TYPES[type].confidential ? "brand" : "neutral"}>{APPLICATION_TYPES[type].label}</Badge>
  );
}
