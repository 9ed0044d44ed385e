"use client";

import { browserSupportsWebAuthn, startRegistration, WebAuthnError } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { addPasskeyAction, passkeyOptionsAction } from "@/lib/delivery/actions/passkey-actions";
import type { FieldErrors } from "@/lib/kernel/errors";
import { isStepUpRequired, StepUpNotice } from "./step-up-notice";

/**
 * Names a new passkey and runs the browser's WebAuthn ceremony (SimpleWebAuthn) to create it.
 * `names` (the listed passkeys by id) keeps the success message true after a rename or removal.
 */
export function AddPasskeyForm({ names }: { names: Record<string, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [stepUp, setStepUp] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors | undefined>();
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    setError(null);
    setStepUp(false);
    setFieldErrors(undefined);
    setAdded(null);
    startTransition(async () => {
      if (!browserSupportsWebAuthn()) return setError("This browser cannot create passkeys.");
      const options = await passkeyOptionsAction();
      if (isStepUpRequired(options)) return setStepUp(true);
      if (!options.ok) return setError(options.message);
      let response;
      try {
        response = await startRegistration({ optionsJSON: options.data });
      } catch (cause) {
        const excluded = cause instanceof WebAuthnError && cause.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED";
        return setError(
          excluded
            ? "This passkey is already on your account."
            : "No passkey was added: the request was cancelled or timed out.",
        );
      }
      const result = await addPasskeyAction({ name, response });
      if (isStepUpRequired(result)) return setStepUp(true);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        return setError(result.fieldErrors?.name ? null : result.message);
      }
      setAdded(result.data.id);
      form.reset();
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="mt-4 flex max-w-md flex-col gap-3" noValidate>
      {stepUp && <StepUpNotice returnTo="/account/security" />}
      {error && <Alert tone="error">{error}</Alert>}
      {added && names[added] && <Alert tone="success">{`Passkey “${names[added]}” added.`}</Alert>}
      <TextField
        label="Name of the new passkey"
        name="name"
        placeholder="e.g. Work laptop"
        maxLength={60}
        errors={fieldErrors?.name}
        required
      />
      <SubmitButton
        variant="secondary"
        className="self-start"
        pending={pending}
        label="Add a passkey"
        pendingLabel="Waiting for your passkey…"
      />
    </form>
  );
}
