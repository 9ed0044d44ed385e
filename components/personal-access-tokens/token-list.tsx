import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { RelativeTime } from "@/components/ui/relative-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import { TokenHeading } from "@/components/ui/token-heading";
import type { TokenSummary } from "@/lib/portal/personal-access-tokens/token-summary";
import { TOKEN_PREFIX } from "@/lib/portal/personal-access-tokens/token-format";
import { isExpired } from "@/lib/kernel/time/expiry";
import { RevokeTokenButton } from "./revoke-token-button";

/** The user's tokens as cards: name and hint, scopes, dates, and a revoke button. */
export function TokenList({ tokens }: { tokens: TokenSummary[] }) {
  if (!tokens.length) {
    return (
      <EmptyState title="No tokens yet">Create one above to call the REST API from a script or a CI job.</EmptyState>
    );
  }
  const now = new Date();
  return (
    <ListCard label="Personal access tokens">
      {tokens.map((token) => (
        <ListCardItem
          key={token.id}
          label={token.name}
          heading={<TokenHeading name={token.name} prefix={TOKEN_PREFIX} hint={token.hint} />}
          action={<RevokeTokenButton id={token.id} name={token.name} />}
          detailsClassName="grid-cols-2 sm:grid-cols-4"
        >
          <DetailItem label="Scopes">
            <span className="flex flex-wrap gap-1">
              {token.scopes.map((scope) => (
                <Badge key={scope} tone="brand">
                  {scope}
                </Badge>
              ))}
            </span>
          </DetailItem>
          <DetailItem label="Created">
            <DateTime value={token.createdAt} />
          </DetailItem>
          <DetailItem label="Last used">
            {token.lastUsedAt ? <RelativeTime value={token.lastUsedAt} /> : "Never"}
          </DetailItem>
          <DetailItem label="Expires">
            <Expiry token={token} now={now} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
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
