import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

// APIs made through the console. Identifiers and scope values are unique across the server, and
// e2e tests share one: each call makes its own.
export const newApi = (name = "Photos API") => {
  const tag = randomUUID().slice(0, 6);
  return {
    name,
    identifier: `https://photos-${tag}.example.com/api`,
    scopes: [
      { value: `photos-${tag}.read`, description: "See your photo albums" },
      { value: `photos-${tag}.write`, description: "Add pictures to your albums" },
    ],
  };
};

export type NewApi = ReturnType<typeof newApi>;

/** From the console, registers the API through "Register API"; returns its id (from its page's URL). */
export async function registerApiThroughConsole(page: Page, api: NewApi) {
  await page.goto("/console/apis/new");
  await page.getByLabel("Name", { exact: true }).fill(api.name);
  await page.getByLabel("Identifier").fill(api.identifier);
  for (const [i, scope] of api.scopes.entries()) {
    if (i > 0) {
      await page.getByRole("button", { name: "Add a scope" }).click();
      // The new row takes the focus: its value is typed at once.
      await expect(page.getByLabel(`Scope ${i + 1} value`)).toBeFocused();
    }
    await page.getByLabel(`Scope ${i + 1} value`).fill(scope.value);
    await page.getByLabel(`Scope ${i + 1} description`).fill(scope.description);
  }
  await page.getByRole("button", { name: "Register API" }).click();
  await expect(page.getByText(`“${api.name}” is registered`)).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}
