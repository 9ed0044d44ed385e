import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { newAccount, signUpThroughLogin } from "./support/accounts";

const shownCodes = async (page: import("@playwright/test").Page) => {
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  return (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
};

test("recovery codes can be copied and downloaded, and new ones are made only after a warning", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const account = newAccount("Dorothy Vaughan");
  await signUpThroughLogin(page, account);

  await page.goto("/account/security");
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code from the app").fill(await generate({ secret: key }));
  await page.getByRole("button", { name: "Turn on" }).click();
  const first = await shownCodes(page);

  await page.getByRole("button", { name: "Copy codes" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first.join("\n"));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download codes" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("ninka-recovery-codes.txt");
  const saved = readFileSync((await download.path())!, "utf8");
  for (const code of first) expect(saved).toContain(code);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "I have saved them" }).click();

  // Asked first, saying the old codes stop working; Cancel keeps them.
  await page.getByRole("button", { name: "New recovery codes" }).click();
  const ask = page.getByRole("dialog", { name: "Replace your recovery codes?" });
  await expect(ask).toContainText("10 remaining codes stop working");
  await expectNoSeriousA11yViolations(page);
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByText("10 recovery codes left")).toBeVisible();

  await page.getByRole("button", { name: "New recovery codes" }).click();
  await ask.getByRole("button", { name: "Replace recovery codes" }).click();
  const second = await shownCodes(page);
  expect(second.filter((code) => first.includes(code))).toEqual([]);
  await expect(page.getByText("Any codes you had before no longer work.")).toBeVisible();
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
});
