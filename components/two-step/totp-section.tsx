"use client";

import { useActionState, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TextField } from "@/components/ui/text-field";
import { isStepUpRequired, StepUpNotice } from "@/components/account/step-up-notice";
import {
  confirmTotpAction,
  type CodesState,
  type EnrolState,
  regenerateCodesAction,
  removeTotpAction,
  startTotpAction,
} from "@/lib/delivery/actions/two-step-actions";

type Props = { enabled: boolean; recoveryCodesLeft: number };
type Failure = { message: string; code?: string };

/** An action's refusal: the way to confirm it's you for STEP_UP_REQUIRED, else the message. */
function Refusal({ failure }: { failure: Failure | null }) {
  if (!failure) return null;
  return isStepUpRequired({ ok: false, code: failure.code }) ? (
    <StepUpNotice returnTo="/account/security" />
  ) : (
    <Alert tone="error">{failure.message}</Alert>
  );
}

/** Authenticator app (TOTP): enrol with a QR code or the key spelled out, confirm, recovery codes. */
export function TotpSection({ enabled, recoveryCodesLeft }: Props) {
  const [enrol, setEnrol] = useState<EnrolState>(null);
  const [codes, setCodes] = useState<CodesState>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [pending, startTransition] = useTransition();
  const [confirmed, confirm, confirming] = useActionState(confirmTotpAction, null);
  const shownCodes = confirmed?.ok ? confirmed.data : codes?.ok ? codes.data : null;

  const run = (work: () => Promise<void>) => startTransition(async () => work());

  if (shownCodes) return <RecoveryCodes codes={shownCodes} />;
  if (enabled)
    return (
      <div className="flex flex-col gap-4">
        <p className="text-sm">
          Authenticator app is <strong>on</strong>. {recoveryCodesLeft} recovery code
          {recoveryCodesLeft === 1 ? "" : "s"} left.
        </p>
        <Refusal failure={error ?? (codes && !codes.ok ? codes : null)} />
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" disabled={pending} onClick={() => setReplacing(true)}>
            New recovery codes
          </Button>
          <Button
            variant="danger"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const result = await removeTotpAction();
                if (result && !result.ok) setError(result);
              })
            }
          >
            Turn off
          </Button>
        </div>
        <Dialog
          open={replacing}
          onClose={() => setReplacing(false)}
          title="Replace your recovery codes?"
          description={`Your ${recoveryCodesLeft === 1 ? "remaining code stops" : `${recoveryCodesLeft} remaining codes stop`} working as soon as the new ones are made. Save the new ones before you leave the page.`}
        >
          <DialogActions onCancel={() => setReplacing(false)} focusCancel>
            <Button
              type="button"
              variant="danger"
              disabled={pending}
              onClick={() =>
                run(async () => {
                  const result = await regenerateCodesAction();
                  setReplacing(false);
                  setCodes(result);
                })
              }
            >
              {pending ? "Making new codes…" : "Replace recovery codes"}
            </Button>
          </DialogActions>
        </Dialog>
      </div>
    );
  if (!enrol?.ok)
    return (
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Ask for a code from an authenticator app after your password.
        </p>
        <Refusal failure={enrol && !enrol.ok ? enrol : null} />
        <Button
          className="self-start"
          disabled={pending}
          onClick={() => run(async () => setEnrol(await startTotpAction()))}
        >
          {pending ? "Preparing…" : "Set up authenticator app"}
        </Button>
      </div>
    );
  const errors = confirmed && !confirmed.ok ? confirmed.fieldErrors : undefined;
  return (
    <form action={confirm} className="flex max-w-md flex-col gap-4" noValidate>
      <p className="text-sm">Scan this QR code with your authenticator app, or type the key below.</p>
      {/* The SVG is drawn by the qrcode library from our own otpauth URI. */}
      <div
        role="img"
        aria-label="QR code for your authenticator app"
        className="w-48 rounded bg-white p-2"
        dangerouslySetInnerHTML={{ __html: enrol.data.qrSvg }}
      />
      <p className="text-sm">
        Key:{" "}
        <code data-testid="totp-key" className="font-mono break-all select-all">
          {enrol.data.key.replace(/(.{4})/g, "$1 ").trim()}
        </code>
      </p>
      {!errors && <Refusal failure={confirmed && !confirmed.ok ? confirmed : null} />}
      <TextField
        label="Code from the app"
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        errors={errors?.code}
        required
      />
      <SubmitButton className="self-start" pending={confirming} label="Turn on" pendingLabel="Checking…" />
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const text = `Ninka recovery codes. Each works once, in place of a code from your authenticator app.\n\n${codes.join("\n")}\n`;
  return (
    <div className="flex flex-col gap-3">
      <Alert tone="success">
        Save these recovery codes now: each works once, and they will not be shown again. Any codes you had before no
        longer work.
      </Alert>
      <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <CopyButton value={codes.join("\n")} label="Copy codes" />
        {/* A data: URL, so the file is made in the browser and the codes never travel again. */}
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="ninka-recovery-codes.txt"
          className={buttonClass("secondary")}
        >
          Download codes
        </a>
      </div>
      <a
        href="/account/security"
        className="self-start text-sm font-medium text-brand-600 underline-offset-4 hover:underline dark:text-brand-100"
      >
        I have saved them
      </a>
    </div>
  );
}
