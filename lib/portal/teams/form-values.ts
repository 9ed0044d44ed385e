// Turns the console's team forms into the inputs lib/portal/teams/schemas.ts expects. Shapes
// only: all validation stays in the schemas. A URL left blank is no URL.
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The team input from the create and settings forms. */
export const teamFormValues = (form: FormData) => ({
  name: text(form, "name") ?? "",
  slug: text(form, "slug") ?? "",
  logo_uri: text(form, "logo_uri")?.trim() || undefined,
  homepage_uri: text(form, "homepage_uri")?.trim() || undefined,
});

/** A member's new role, or an invitation's address and role. */
export const memberFormValues = (form: FormData) => ({ role: text(form, "role") });
export const invitationFormValues = (form: FormData) => ({ email: text(form, "email"), role: text(form, "role") });

/** Where "Move to…" sends an app or API (lib/portal/teams/owner-schemas.ts): `personal` (the mover) or a team's id. */
export const ownerMoveFormValues = (form: FormData) => {
  const owner = text(form, "owner") ?? "";
  return owner === "personal" ? { user: "me" } : { team_id: owner };
};
