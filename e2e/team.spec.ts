import { expect, test } from "@playwright/test";
import { expectOnOverview, invite, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("an owner signs up, invites a colleague by link, and makes them admin", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("owner");
  const company = `Nordlicht Handel ${ownerEmail.slice(6, 12)}`;
  await signUp(page, { name: "Olivia Owner", email: ownerEmail, company });
  await expectOnOverview(page, company);
  await page.screenshot({ path: "e2e/.artifacts/screens/overview.png", fullPage: true });

  const colleagueEmail = uniqueEmail("colleague");
  const link = await invite(page, colleagueEmail);
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await page.screenshot({ path: "e2e/.artifacts/screens/members-invited.png", fullPage: true });

  // The colleague opens the link in their own browser and signs up through it.
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: `Join ${company} on Lagerbro` })).toBeVisible();
  await expect(colleague.getByLabel("E-mail")).toHaveValue(colleagueEmail);
  await colleague.screenshot({ path: "e2e/.artifacts/screens/invitation.png", fullPage: true });
  await colleague.getByLabel("Your name").fill("Carl Colleague");
  await colleague.getByLabel("Password").fill(PASSWORD);
  await colleague.getByRole("button", { name: `Join ${company}` }).click();
  await expectOnOverview(colleague, company);

  // As a member, the owner-only settings answer 403 with a page, not a crash.
  const forbidden = await colleague.goto("/settings");
  expect(forbidden?.status()).toBe(403);
  await expect(colleague.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(colleague.getByRole("link", { name: "Team settings" })).toHaveCount(0);

  // The owner makes them admin.
  await page.goto("/settings/members");
  const row = page.getByTestId(`member-${colleagueEmail}`);
  await row.getByLabel("Role of Carl Colleague").selectOption("admin");
  await row.getByRole("button", { name: "Change" }).click();
  await expect(page.getByText("Role changed.")).toBeVisible();

  const allowed = await colleague.goto("/settings");
  expect(allowed?.status()).toBe(200);
  await expect(colleague.getByRole("heading", { name: "Team settings" })).toBeVisible();

  // The invitation link works only once.
  const again = await browser.newContext();
  const stranger = await again.newPage();
  await stranger.goto(link);
  await expect(stranger.getByText("This invitation has already been used.")).toBeVisible();
  await again.close();
  await colleagueContext.close();
});

test("the last owner cannot demote themselves", async ({ page }) => {
  const email = uniqueEmail("solo");
  await signUp(page, { name: "Solo Owner", email, company: "Solo GmbH" });
  await expectOnOverview(page, "Solo GmbH");
  await page.goto("/settings/members");
  const row = page.getByTestId(`member-${email}`);
  await row.getByLabel("Role of Solo Owner").selectOption("admin");
  await row.getByRole("button", { name: "Change" }).click();
  await expect(page.getByText("A team needs at least one owner. Make someone else owner first.")).toBeVisible();
});
