"use client";

import Link from "next/link";
import { useState } from "react";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { SelectField } from "@/components/ui/select-field";
import { moveApiAction } from "@/lib/delivery/actions/api-actions";
import { moveClientAction } from "@/lib/delivery/actions/client-actions";
import type { ActionResult } from "@/lib/kernel/errors";

type Props = {
  kind: "app" | "api";
  id: string;
  name: string;
  /** Where it may go: "personal" (the mover) or a team's id, each with its name. */
  options: { value: string; label: string }[];
};

const MOVES = {
  app: {
    action: moveClientAction,
    field: "client_id",
    kept: "Its client ID, secrets, tokens and consent stay as they are.",
  },
  api: { action: moveApiAction, field: "api_id", kept: "Its identifier, scopes and approvals stay as they are." },
} as const;

/**
 * "Move to…": an app or API to the mover or into one of their teams where they are an owner
 * (ownership.transfer on both sides; ARCHITECTURE.md "Teams"), after a confirmation.
 */
export function MoveOwner({ kind, id, name, options }: Props) {
  const [to, setTo] = useState(options[0]?.value ?? "");
  const move = MOVES[kind];
  if (!options.length) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        You own no team to move it into.{" "}
        <Link href="/console/teams/new" className="text-brand-700 underline underline-offset-2 dark:text-brand-100">
          Create a team
        </Link>{" "}
        first, then move it there.
      </p>
    );
  }
  const label = options.find((option) => option.value === to)?.label ?? "";
  // The dialog's form takes no data back: it closes and the page shows the new owner.
  const action = async (_previous: ActionResult | null, form: FormData): Promise<ActionResult> => {
    const result = await move.action(null, form);
    return result.ok ? { ok: true, data: undefined } : result;
  };
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <SelectField
        label="Move to"
        name="move_to"
        id={`move-${kind}-to`}
        options={options}
        value={to}
        onChange={(e) => setTo(e.target.value)}
        className="sm:w-72"
      />
      <ConfirmActionButton
        action={action}
        fields={{ [move.field]: id, owner: to }}
        label="Move…"
        title={`Move “${name}” to ${label}?`}
        description={`${move.kept} Who may see and change it follows its new owner.`}
        confirmLabel={`Move to ${label}`}
        pendingLabel="Moving…"
        successMessage={`“${name}” now belongs to ${label}.`}
      />
    </div>
  );
}
