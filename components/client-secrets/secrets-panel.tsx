import { Card } from "@/components/ui/card";
import type { SecretView } from "@/lib/portal/client-secrets/schemas";
import { MAX_ACTIVE_SECRETS, MAX_ACTIVE_SECRETS_WORD } from "@/lib/portal/client-secrets/client-secret";
import { AddSecretButton } from "./add-secret-button";
import { SecretList } from "./secret-list";
import { isExpired } from "@/lib/kernel/time/expiry";

const LIMIT_NOTE_ID = "secret-limit-note";

/** A confidential app's secrets, with how to rotate them without downtime. */
export function SecretsPanel({ clientId, secrets }: { clientId: string; secrets: SecretView[] }) {
  const now = new Date();
  const active = secrets.filter((secret) => !isExpired(secret.expires_at, now)).length;
  const atLimit = active >= MAX_ACTIVE_SECRETS;
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">Client secrets</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Your app proves it is itself with a secret. An app can hold {MAX_ACTIVE_SECRETS} active secrets, so you can
            rotate without downtime:
          </p>
          <ol className="mt-1 list-decimal pl-5 text-sm text-slate-600 dark:text-slate-400">
            <li>Add a new secret and deploy it to your app.</li>
            <li>Once “last used” shows the app uses the new one, revoke the old secret.</li>
          </ol>
        </div>
        <AddSecretButton clientId={clientId} limitNoteId={atLimit ? LIMIT_NOTE_ID : undefined} />
      </div>
      {atLimit && (
        <p id={LIMIT_NOTE_ID} className="text-sm font-medium text-amber-800 dark:text-amber-200">
          {MAX_ACTIVE_SECRETS_WORD} secrets are active: revoke one before adding another.
        </p>
      )}
      <SecretList clientId={clientId} secrets={secrets} now={now} activeCount={active} />
    </Card>
  );
}
