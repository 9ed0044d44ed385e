import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { RelativeTime } from "@/components/ui/relative-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { SecretView } from "@/lib/portal/client-secrets/schemas";
import { RevokeSecretButton } from "./revoke-secret-button";
import { isExpired } from "@/lib/kernel/time/expiry";
import { isProbablySafeToRevoke } from "@/lib/portal/insights/stale";

type Props = { clientId: string; secrets: SecretView[]; now: Date; activeCount: number };

/** Each secret by its hint (never the secret), with its dates and a revoke button. */
export function SecretList({ clientId, secrets, now, activeCount }: Props) {
  if (!secrets.length) {
    return <EmptyState title="No secrets">The app cannot get tokens until you add a secret.</EmptyState>;
  }
  return (
    <ListCard label="Client secrets" flat>
      {secrets.map((secret) => {
        const expired = isExpired(secret.expires_at, now);
        const label = `Secret ending ${secret.hint}`;
        return (
          <ListCardItem
            key={secret.id}
            label={label}
            heading={
              <p className="flex items-center gap-2">
                <span className="font-mono text-sm">
                  <span aria-hidden="true">••••</span>
                  {secret.hint}
                </span>
                {expired && <Badge tone="danger">Expired</Badge>}
                {!expired && isProbablySafeToRevoke(secret, secrets, now) && (
                  <Badge tone="warning">Probably safe to revoke</Badge>
                )}
              </p>
            }
            action={
              <RevokeSecretButton
                clientId={clientId}
                secretId={secret.id}
                hint={secret.hint}
                last={!expired && activeCount === 1}
              />
            }
            detailsClassName="grid-cols-3"
          >
            <DetailItem label="Created">
              <RelativeTime value={secret.created_at} />
            </DetailItem>
            <DetailItem label="Expires">
              {secret.expires_at ? <DateTime value={new Date(secret.expires_at)} /> : "Never"}
            </DetailItem>
            <DetailItem label="Last used">
              {secret.last_used_at ? <RelativeTime value={secret.last_used_at} /> : "Never"}
            </DetailItem>
          </ListCardItem>
        );
      })}
    </ListCard>
  );
}
