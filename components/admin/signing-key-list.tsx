import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { SigningKeyView } from "@/lib/oauth-core/keys/list-signing-keys";
import { SIGNING_KEY_STATE_WORDS } from "@/lib/oauth-core/keys/signing-key-states";
import { SigningKeyActions } from "./signing-key-actions";

const When = ({ value }: { value: Date | null }) => (value ? <DateTime value={value} withTime /> : "—");

/** Every signing key with its state and dates; Activate and Retire where the rules allow them. */
export function SigningKeyList({ keys, now }: { keys: SigningKeyView[]; now: Date }) {
  if (keys.length === 0) {
    return <EmptyState title="No signing keys yet">The first keys are made when the server first starts.</EmptyState>;
  }
  return (
    <ListCard label="Signing keys">
      {keys.map((key) => {
        const retire =
          key.state === "next" || (key.state === "retiring" && !!key.retirableAt && key.retirableAt <= now);
        return (
          <ListCardItem
            key={key.kid}
            label={`${key.alg} key ${key.kid}`}
            heading={
              <p className="min-w-0 truncate font-mono text-sm" title={key.kid}>
                {key.alg} · {key.kid}
              </p>
            }
            action={<SigningKeyActions kid={key.kid} alg={key.alg} activate={key.state === "next"} retire={retire} />}
            detailsClassName="grid-cols-2 sm:grid-cols-4"
          >
            <DetailItem label="State">{SIGNING_KEY_STATE_WORDS[key.state]}</DetailItem>
            <DetailItem label="Created">
              <When value={key.createdAt} />
            </DetailItem>
            <DetailItem label="Activated">
              <When value={key.activatedAt} />
            </DetailItem>
            <DetailItem label={key.state === "retired" ? "Retired" : "Can be retired"}>
              <When value={key.state === "retired" ? key.retiredAt : key.retirableAt} />
            </DetailItem>
          </ListCardItem>
        );
      })}
    </ListCard>
  );
}
