// Turns the console's API form into the input apiInputSchema expects (lib/portal/apis/schemas.ts).
// Shapes only: all validation stays in the schema.
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
const texts = (form: FormData, name: string) =>
  form.getAll(name).map((value) => (typeof value === "string" ? value : ""));

/** The API input from the create/edit form: one scope per row of value and description. */
export function apiFormValues(form: FormData) {
  const descriptions = texts(form, "scope_description");
  const ttl = text(form, "access_token_ttl");
  return {
    name: text(form, "name") ?? "",
    identifier: text(form, "identifier") ?? "",
    description: text(form, "description") ?? "",
    // A row left entirely blank is not a scope.
    scopes: texts(form, "scope_value")
      .map((value, i) => ({ value, description: descriptions[i] ?? "" }))
      .filter((scope) => scope.value.trim() || scope.description.trim()),
    access_token_ttl: ttl ? Number(ttl) : undefined,
    signing_alg: text(form, "signing_alg") || undefined,
    // The create form in a team's workspace (ARCHITECTURE.md "Teams"); ignored by updates.
    team_id: text(form, "team_id") || undefined,
  };
}

/** The approval input of one app's form on the API page: the checked scopes. */
export const approvalFormValues = (form: FormData) => ({ scopes: texts(form, "scopes") });
