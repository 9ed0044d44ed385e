"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import type { CreatedRegistrationToken } from "@/lib/portal/registration-tokens/schemas";

/** The new initial access token, once: only its digest is stored (RFC 7591 §3). */
export function CreatedRegistrationTokenDialog({
  created,
  onClose,
}: {
  created: CreatedRegistrationToken;
  onClose: () => void;
}) {
  const [open, setOpen] = useState(true);
  const close = () => {
    if (!open) return; // the native close event reports again after close()
    setOpen(false);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title={`Token “${created.name}” created`}
      description="An app registering itself at the registration endpoint sends it as Authorization: Bearer."
    >
      <div className="flex flex-col gap-5">
        <CopyField
          label="Initial access token"
          value={created.token}
          copyLabel="Copy token"
          testId="new-registration-token"
        />
        <Alert tone="warning">
          <strong>Copy the token now: you will not see it again.</strong> Ninka stores only a digest of it.
        </Alert>
        <div className="flex justify-end">
          <Button type="button" onClick={close}>
            I have saved the token
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
