import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import type { TokenSummary } from "@/lib/personal-access-tokens/token-summary";
import { TOKEN_PREFIX } from "@/lib/personal-access-tokens/token-format";
import { isExpired } from "@/lib/time/expiry";
import { RevokeTokenButton } from "./revoke-token-button";

/** The user's tokens as cards: name and hint, scopes, dates, and a revoke button. */
export function TokenList({ tokens }: { tokens: TokenSummary[] }) {
  if (!tokens.length) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
        <p className="font-medium">No tokens yet</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Create one above to call the REST API from a script or a CI job.</p>
      </div>
    );
  }
  const now = new Date();
  return (
    <ul aria-label="Personal access tokens" className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {tokens.map((token) => (
        <li key={token.id} aria-label={token.name} className="flex flex-col gap-3 p-4 sm:p-5">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="truncate font-medium">{token.name}</p>
              <p className="font-mono text-xs text-slate-500 dark:text-slate-400">{TOKEN_PREFIX}…{token.hint}</p>
            </div>
            <RevokeTokenButton id={token.id} name={token.name} />
          </div>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
            <DetailItem label="Scopes">
              <span className="flex flex-wrap gap-1">
                {token.scopes.map((scope) => (
                  <Badge key={scope} tone="brand">{scope}</Badge>
                ))}
              </span>
            </DetailItem>
            <DetailItem label="Created">
              <DateTime value={token.createdAt} />
            </DetailItem>
            <DetailItem label="Last used">{token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : "Never"}</DetailItem>
            <DetailItem label="Expires">
              <Expiry token={token} now={now} />
            </DetailItem>
          </dl>
        </li>
      ))}
    </ul>
  );
}


function Expiry({ token, now }: { token: TokenSummary; now: Date }) {
  if (!token.expiresAt) return <Badge tone="warning">Never</Badge>;
  if (isExpired(token.expiresAt, now)) {
    return (
      <span className="flex flex-wrap items-center gap-1">
        <Badge tone="danger">Expired</Badge> <DateTime value={token.expiresAt} />
      </span>
    );
  }
  return <DateTime value={token.expiresAt} />;
}
