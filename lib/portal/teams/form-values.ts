// Turns the console's team forms into the inputs lib/portal/teams/schemas.ts expects. Shapes
// only: all validation stays in the schemas.
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// A blank optional URL means "none", not "an invalid URL".
const optional = (form: FormData, name: string) => text(form, name)?.trim() || undefined;

/** The team input (name, slug, logo, homepage) from the create and settings forms. */
export const teamFormValues = (form: FormData) => ({
  name: text(form, "name") ?? "",
  slug: text(form, "slug") ?? "",
  logo_uri: optional(form, "logo_uri"),
  homepage_uri: optional(form, "homepage_uri"),
});

/** The invitation input (email and role) from the members page. */
export const invitationFormValues = (form: FormData) => ({
  email: text(form, "email") ?? "",
  role: text(form, "role"),
});

/** Where "Move to…" sends an app or API: `personal` (the mover) or a team's id. */
export const ownerMoveFormValues = (form: FormData) => {
  const owner = text(form, "owner") ?? "";
  return owner === "personal" ? { user: "me" } : { team_id: owner };
};
