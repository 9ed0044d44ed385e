import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import { TokenHeading } from "@/components/ui/token-heading";
import { SECRET_PREFIXES } from "@/lib/kernel/crypto/prefixed-secret";
import type { RegistrationTokenView } from "@/lib/portal/registration-tokens/schemas";
import { RevokeRegistrationTokenButton } from "./revoke-registration-token-button";

/** The developer's usable initial access tokens: name and hint, registrations used, dates. */
export function RegistrationTokenList({ tokens }: { tokens: RegistrationTokenView[] }) {
  return (
    <ListCard
      label="Registration tokens"
      empty={<EmptyState title="No registration tokens">Create one above for an app that registers itself.</EmptyState>}
    >
      {tokens.map((token) => (
        <ListCardItem
          key={token.id}
          label={token.name}
          heading={<TokenHeading name={token.name} prefix={SECRET_PREFIXES.registrationToken} hint={token.hint} />}
          action={<RevokeRegistrationTokenButton id={token.id} name={token.name} />}
          detailsClassName="grid-cols-2 sm:grid-cols-3"
        >
          <DetailItem label="Registrations">
            {token.registrations} of {token.max_registrations}
          </DetailItem>
          <DetailItem label="Created">
            <DateTime value={new Date(token.created_at)} />
          </DetailItem>
          <DetailItem label="Expires">
            <DateTime value={new Date(token.expires_at)} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
