import { expect, test } from "@playwright/test";
import { expectOnOverview, invite, signUp, uniqueEmail } from "./helpers";

test("Settings → Activity shows who created a key and invited someone, newest first, never the key", async ({ page }) => {
  await signUp(page, { name: "Ada Audit", email: uniqueEmail("activity"), company: "Activity AB" });
  await expectOnOverview(page, "Activity AB");

  await page.goto("/settings/api");
  await page.getByLabel("Name").fill("Vendre shop");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByTestId("api-key").inputValue();
  expect(key).toMatch(/^lbp_/);
  const invitee = uniqueEmail("invitee");
  await invite(page, invitee, "admin");

  await page.goto("/settings");
  await page.getByRole("link", { name: "See activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  const rows = page.getByTestId("activity-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("invited someone");
  await expect(rows.nth(0)).toContainText(`${invitee} as admin`);
  await expect(rows.nth(0)).toContainText("Ada Audit");
  await expect(rows.nth(1)).toContainText("created an API key");
  await expect(rows.nth(1)).toContainText("Vendre shop");
  expect(await page.content()).not.toContain(key);
  await page.screenshot({ path: "e2e/.artifacts/screens/activity.png", fullPage: true });
});
