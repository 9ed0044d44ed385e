"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { useToast } from "@/components/ui/toast";
import type { ConnectionView } from "@/lib/accounts/connections/connection-view";
import type { ActionResult } from "@/lib/kernel/errors";
import { updateConnectionAction } from "@/lib/delivery/actions/connection-actions";
import { CreateAccountsOption, distinctMessages, DomainsField, LabelField } from "./connection-settings-fields";

type Props = { connection: Pick<ConnectionView, "id" | "name" | "issuer" | "createAccounts" | "domains"> };

/**
 * Edit on a connection of /admin/connections (ARCHITECTURE.md "Federation"): its label, whether a
 * first sign-in may create an account, and its allowed domains. The provider and issuer stay: another
 * provider is another connection. Errors show on their fields; success closes the dialog and says so.
 */
export function EditConnectionButton({ connection }: Props) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(
    async (previous: ActionResult<ConnectionView> | null, form: FormData) => {
      const result = await updateConnectionAction(previous, form);
      if (result.ok) {
        setOpen(false);
        toast(`${result.data.name} saved.`);
      }
      return result;
    },
    null,
  );
  const { values, field } = useFormFields(
    { name: connection.name, domains: connection.domains.join("\n") },
    state?.ok ? null : state,
    distinctMessages,
  );
  const [createAccounts, setCreateAccounts] = useState(connection.createAccounts);
  const idPrefix = `edit-${connection.id}`;
  return (
    <>
      <Button type="button" variant="secondary" className="shrink-0 py-1.5" onClick={() => setOpen(true)}>
        Edit
        <span className="sr-only"> {connection.name}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Edit ${connection.name}`}
        description={
          <>
            Issuer <span className="break-all">{connection.issuer}</span>. To use another provider or issuer, add
            another connection.
          </>
        }
      >
        <form action={action} className="flex flex-col gap-4" noValidate>
          <FormError state={state} />
          <input type="hidden" name="id" value={connection.id} />
          <LabelField {...field("name")} id={`${idPrefix}-name`} />
          <DomainsField {...field("domains")} id={`${idPrefix}-domains`} />
          <CreateAccountsOption checked={createAccounts} onChange={setCreateAccounts} idPrefix={`${idPrefix}-create`} />
          <DialogActions onCancel={() => setOpen(false)}>
            <Button type="submit" disabled={pending || !values.name.trim()}>
              {pending ? "Saving…" : "Save"}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
