"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import type { ClientView } from "@/lib/portal/clients/schemas";

/**
 * The new app's credentials, once. The secret exists in plaintext only in this answer, so the dialog
 * says so plainly; closing it (Done or Escape) goes on to the app's page.
 */
export function CreatedAppDialog({ client, secret }: { client: ClientView; secret?: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(true);
  const close = () => {
    if (!open) return; // the native close event reports again after close()
    setOpen(false);
    router.push(`/console/clients/${client.client_id}`);
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title={`“${client.client_name}” is registered`}
      description={
        secret
          ? "Put the client ID and secret in your app's configuration."
          : "Single-page and native apps cannot keep a secret, so this app has none: it signs people in with the authorization code flow and PKCE (S256). Put the client ID in your app's configuration."
      }
    >
      <div className="flex flex-col gap-5">
        <CopyField label="Client ID" value={client.client_id} copyLabel="Copy client ID" testId="new-client-id" />
        {secret && (
          <>
            <CopyField label="Client secret" value={secret} copyLabel="Copy secret" testId="new-client-secret" />
            <Alert tone="warning">
              <strong>Copy the secret now: you will not see this secret again.</strong> Ninka stores only a digest of
              it. If you lose it, add a new secret on the app&apos;s page.
            </Alert>
          </>
        )}
        <div className="flex justify-end">
          <Button type="button" onClick={close}>
            {secret ? "I have saved the secret" : "Done"}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
