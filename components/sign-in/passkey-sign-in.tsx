"use client";

import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill } from "@simplewebauthn/browser";
import { useEffect, useState, useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { passkeyCeremony } from "./passkey-ceremony";

const noSubscription = () => () => {};

type Props = {
  /** The interaction path holding the `options` and `verify` routes. */
  base: string;
  label: string;
  /** Also offer the passkeys in the email field's autofill (conditional mediation). */
  autofill?: boolean;
};

/** A passkey button (hidden where the browser has no WebAuthn) and, on the login page, the autofill prompt. */
export function PasskeySignIn({ base, label, autofill = false }: Props) {
  // Server render: no button; in the browser, only where WebAuthn exists.
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs one ceremony; true when the browser is on its way to the next page. */
  const run = async (conditional: boolean): Promise<boolean> => {
    const outcome = await passkeyCeremony(base, conditional);
    if ("location" in outcome) {
      window.location.assign(outcome.location);
      return true;
    }
    if ("error" in outcome) setError(outcome.error);
    else if (!conditional) setError("No passkey was used. Try again, or use your password.");
    return false;
  };

  useEffect(() => {
    if (!autofill) return;
    void browserSupportsWebAuthnAutofill().then((yes) => {
      if (yes) void run(true);
    });
    // Once per page: a new ceremony (the button) aborts this one (SimpleWebAuthn's abort service).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!supported) return null;
  return (
    <div className="flex flex-col gap-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button
        type="button"
        variant="secondary"
        className="w-full"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const leaving = await run(false);
          setBusy(false);
          // The button's prompt replaced the autofill one: offer the autofill again.
          if (!leaving && autofill) void run(true);
        }}
      >
        {busy ? "Waiting for your passkey…" : label}
      </Button>
    </div>
  );
}
