"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { OptionRow } from "@/components/ui/option-row";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/kernel/errors";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  label: string;
  srLabel: string;
  title: string;
  description: string;
  /** The one thing the administrator types: a reason, an email address. */
  input: { name: string; label: string; type?: string };
  /** A choice beside it, ticked by default (e.g. revoke the secrets on transfer). */
  checkbox?: { name: string; label: string; hint: string };
  confirmLabel: string;
  /** What the console says once it worked (components/ui/toast.tsx). */
  successMessage: string;
  danger?: boolean;
};

/** An admin action that needs one typed value, in a dialog: its error shows there; success closes it and says so. */
export function TextDialogButton({
  action,
  fields,
  label,
  srLabel,
  title,
  description,
  input,
  checkbox,
  confirmLabel,
  successMessage,
  danger = false,
}: Props) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState("");
  // Success closes the dialog (the page re-renders with the change); an error stays in it.
  const [state, formAction, pending] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const result = await action(previous, form);
    if (result.ok) {
      setOpen(false);
      setValue("");
      toast(successMessage);
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors?.[input.name] : undefined;
  return (
    <>
      <Button type="button" variant="secondary" className="shrink-0 py-1.5" onClick={() => setOpen(true)}>
        {label}
        <span className="sr-only"> {srLabel}</span>
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={description}>
        <form action={formAction} className="flex flex-col gap-4">
          {state && !state.ok && !errors && <Alert tone="error">{state.message}</Alert>}
          {Object.entries(fields).map(([name, fieldValue]) => (
            <input key={name} type="hidden" name={name} value={fieldValue} />
          ))}
          <TextField
            id={`${input.name}-${Object.values(fields).join("-")}`}
            label={input.label}
            name={input.name}
            type={input.type}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            errors={errors}
            autoComplete="off"
            required
          />
          {checkbox && (
            <OptionRow
              type="checkbox"
              name={checkbox.name}
              idPrefix={`${checkbox.name}-${Object.values(fields).join("-")}`}
              defaultChecked
              option={{ value: "on", label: checkbox.label, description: checkbox.hint }}
            />
          )}
          <DialogActions onCancel={() => setOpen(false)}>
            <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending || !value.trim()}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
