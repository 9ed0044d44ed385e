"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { useFormFields } from "@/components/ui/form-fields";
import { NameField } from "@/components/ui/name-field";
import { SubmitRow } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { createTeamAction, updateTeamAction } from "@/lib/delivery/actions/team-actions";
import { MAX_TEAM_NAME, MAX_TEAM_SLUG, type TeamView } from "@/lib/portal/teams/schemas";

/** A slug offered from the name while the slug was not typed: "Acme Labs" → "acme-labs". */
const slugOf = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_TEAM_SLUG)
    .replace(/^-+|-+$/g, "");

type Props = {
  /** Editing this team; creating one without. */
  team?: TeamView;
  /** The member's role lacks team.update: the settings are shown, not editable. */
  readOnly?: boolean;
};

/** Create a team, or change its name, slug, logo and homepage (shown on consent as "Developed by <team>"). */
export function TeamForm({ team, readOnly = false }: Props) {
  const [state, action, pending] = useActionState(team ? updateTeamAction : createTeamAction, null);
  const { values, setValues, field } = useFormFields(
    {
      name: team?.name ?? "",
      slug: team?.slug ?? "",
      logo_uri: team?.logo_uri ?? "",
      homepage_uri: team?.homepage_uri ?? "",
    },
    state,
  );
  const [slugTyped, setSlugTyped] = useState(Boolean(team));
  const name = field("name");
  const slug = field("slug");
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {team && <input type="hidden" name="team_id" value={team.id} />}
      <FormError state={state} />
      {team && state?.ok && <Alert tone="success">Changes saved.</Alert>}
      <fieldset disabled={readOnly} className="flex flex-col gap-5">
        <NameField
          {...name}
          maxLength={MAX_TEAM_NAME}
          onChange={(e) =>
            setValues({ ...values, name: e.target.value, ...(!slugTyped && { slug: slugOf(e.target.value) }) })
          }
          hint="Shown to people on the consent screen of the team's apps: “Developed by …”."
        />
        <TextField
          label="Slug"
          {...slug}
          onChange={(e) => {
            setSlugTyped(true);
            slug.onChange(e);
          }}
          maxLength={MAX_TEAM_SLUG}
          hint="Unique across Ninka: lowercase letters, digits and hyphens."
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          required
          className="max-w-md"
        />
        <TextField
          label="Logo URL (optional)"
          type="url"
          {...field("logo_uri")}
          hint="https. Shown on the consent screen of the team's apps that have no logo of their own, and on its invitations."
          placeholder="https://example.com/logo.png"
          autoComplete="off"
        />
        <TextField
          label="Homepage (optional)"
          type="url"
          {...field("homepage_uri")}
          hint="https. Linked from the consent screen of the team's apps that have no homepage of their own."
          placeholder="https://example.com"
          autoComplete="off"
        />
      </fieldset>
      {!readOnly && (
        <SubmitRow
          pending={pending}
          label={team ? "Save changes" : "Create team"}
          pendingLabel={team ? "Saving…" : "Creating team…"}
        />
      )}
    </form>
  );
}
