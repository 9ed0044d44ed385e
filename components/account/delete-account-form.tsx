"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { deleteAccountAction } from "@/lib/delivery/actions/delete-account-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormError } from "@/components/ui/form-error";
import { OptionRow } from "@/components/ui/option-row";
import { TextField } from "@/components/ui/text-field";
import { isStepUpRequired, StepUpNotice } from "./step-up-notice";

type App = { id: string; name: string };
type Team = { id: string; name: string };

/**
 * Delete my account, behind a dialog as deleting an app is: the apps that go with it listed and
 * confirmed one by one, then the address typed (the button waits for it). Needs a recent sign-in
 * (step-up): `recent` false offers to confirm it's you first, in place of the button. On success
 * the action leaves for the signed-out /account-deleted. While the account is the last owner of a
 * team (`lastOwned`), those teams are listed instead, each with the way to give it another owner.
 */
export function DeleteAccountForm({
  apps,
  lastOwned = [],
  email,
  recent,
}: {
  apps: App[];
  lastOwned?: Team[];
  email: string;
  recent: boolean;
}) {
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState(false);
  if (lastOwned.length) return <LastOwnerNotice teams={lastOwned} />;
  if (!recent) return <StepUpNotice returnTo="/account" />;
  return (
    <>
      <Button
        type="button"
        variant="danger"
        className="self-start"
        onClick={() => {
          setRound(round + 1);
          setOpen(true);
        }}
      >
        Delete my account…
      </Button>
      {/* A new form per opening: nothing typed or refused the last time is left over. */}
      {round > 0 && (
        <Dialog
          open={open}
          onClose={() => setOpen(false)}
          title="Delete your account?"
          description="Your sessions, the access you gave apps, your personal access tokens, your APIs and the apps you own are deleted with it. This cannot be undone."
        >
          <ConfirmDeletion key={round} apps={apps} email={email} onCancel={() => setOpen(false)} />
        </Dialog>
      )}
    </>
  );
}

function ConfirmDeletion({ apps, email, onCancel }: { apps: App[]; email: string; onCancel: () => void }) {
  const [state, action, pending] = useActionState(deleteAccountAction, null);
  const [typed, setTyped] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {isStepUpRequired(state) ? <StepUpNotice returnTo="/account" /> : <FormError state={state} />}
      {apps.length > 0 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">
            These apps are deleted with your account; their credentials stop working. Tick each to confirm:
          </legend>
          {apps.map((app) => (
            <OptionRow
              key={app.id}
              type="checkbox"
              name="confirmedAppIds"
              idPrefix="delete-app"
              invalid={Boolean(errors?.confirmedAppIds)}
              option={{ value: app.id, label: app.name, description: app.id }}
            />
          ))}
          {errors?.confirmedAppIds && (
            <p className="text-sm text-red-700 dark:text-red-400">{errors.confirmedAppIds[0]}</p>
          )}
        </fieldset>
      )}
      <TextField
        label={`Type ${email} to confirm`}
        name="confirmEmail"
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        errors={errors?.confirmEmail}
        required
      />
      <DialogActions onCancel={onCancel}>
        <Button type="submit" variant="danger" disabled={pending || typed.trim().toLowerCase() !== email.toLowerCase()}>
          {pending ? "Deleting…" : "Delete my account"}
        </Button>
      </DialogActions>
    </form>
  );
}

/** Why the account cannot be deleted yet: a team would be left without an owner (ARCHITECTURE.md "Teams"). */
function LastOwnerNotice({ teams }: { teams: Team[] }) {
  return (
    <Alert tone="warning">
      <p>
        You are the last owner of {teams.length === 1 ? "this team" : "these teams"}. Make another member an owner, or
        delete the team, before deleting your account:
      </p>
      <ul className="mt-2 list-disc pl-5">
        {teams.map((team) => (
          <li key={team.id}>
            <Link
              href={`/console/teams/${encodeURIComponent(team.id)}/members`}
              className="font-medium underline underline-offset-2"
            >
              {team.name}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
