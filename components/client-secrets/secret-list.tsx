import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import type { SecretView } from "@/lib/client-secrets/schemas";
import { RevokeSecretButton } from "./revoke-secret-button";
import { isExpired } from "@/lib/time/expiry";

type Props = { clientId: string; secrets: SecretView[]; now: Date; activeCount: number };

/** Each secret by its hint (never the secret), with its dates and a revoke button. */
export function SecretList({ clientId, secrets, now, activeCount }: Props) {
  if (!secrets.length) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 px-6 py-8 text-center dark:border-slate-700">
        <p className="font-medium">No secrets</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">The app cannot get tokens until you add a secret.</p>
      </div>
    );
  }
  return (
    <ul aria-label="Client secrets" className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {secrets.map((secret) => {
        const expired = isExpired(secret.expires_at, now);
        const label = `Secret ending ${secret.hint}`;
        return (
          <li key={secret.id} aria-label={label} className="flex flex-col gap-3 p-4">
            <div className="flex items-center justify-between gap-3">
              <p className="flex items-center gap-2">
                <span className="font-mono text-sm">
                  <span aria-hidden="true">••••</span>
                  {secret.hint}
                </span>
                {expired && <Badge tone="danger">Expired</Badge>}
              </p>
              <RevokeSecretButton clientId={clientId} secretId={secret.id} hint={secret.hint} last={!expired && activeCount === 1} />
            </div>
            <dl className="grid grid-cols-3 gap-x-6 gap-y-2 text-sm">
              <DetailItem label="Created">
                <DateTime value={new Date(secret.created_at)} />
              </DetailItem>
              <DetailItem label="Expires">{secret.expires_at ? <DateTime value={new Date(secret.expires_at)} /> : "Never"}</DetailItem>
              <DetailItem label="Last used">{secret.last_used_at ? <DateTime value={new Date(secret.last_used_at)} /> : "Never"}</DetailItem>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
