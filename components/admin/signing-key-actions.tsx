"use client";

import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import {
  activateSigningKeyAction,
  retireSigningKeyAction,
  rotateSigningKeyAction,
} from "@/lib/delivery/actions/signing-key-actions";

/** Publishes a next key of `alg` (ARCHITECTURE.md "Signing keys"), after a confirmation. */
export function RotateKeyButton({ alg }: { alg: string }) {
  return (
    <ConfirmActionButton
      action={rotateSigningKeyAction}
      fields={{ alg }}
      label={`Rotate ${alg}`}
      title={`Publish a next ${alg} key?`}
      description="A new key appears in the JWKS at once but signs nothing until you activate it. Give relying parties time to fetch it first."
      confirmLabel="Publish next key"
      successMessage={`A next ${alg} key is published.`}
      pendingLabel="Publishing…"
    />
  );
}

/** A key's Activate (next keys) or Retire (next keys, and retiring keys whose tokens have expired). */
export function SigningKeyActions({
  kid,
  alg,
  activate,
  retire,
}: {
  kid: string;
  alg: string;
  activate: boolean;
  retire: boolean;
}) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {activate && (
        <ConfirmActionButton
          action={activateSigningKeyAction}
          fields={{ kid }}
          label="Activate"
          srLabel={`key ${kid}`}
          title={`Sign with key ${kid}?`}
          description={`It becomes the ${alg} key that signs new tokens on every process within a second. The current ${alg} key keeps being published until every token it signed has expired.`}
          confirmLabel="Activate key"
          successMessage={`Key ${kid} now signs ${alg} tokens.`}
          pendingLabel="Activating…"
        />
      )}
      {retire && (
        <ConfirmActionButton
          action={retireSigningKeyAction}
          fields={{ kid }}
          label="Retire"
          srLabel={`key ${kid}`}
          title={`Retire key ${kid}?`}
          description="It is removed from the JWKS and its private part is destroyed. This cannot be undone."
          confirmLabel="Retire key"
          successMessage={`Key ${kid} is retired.`}
          pendingLabel="Retiring…"
        />
      )}
    </div>
  );
}
