import { expect, test } from "@playwright/test";
import { expectOnOverview, signIn, signUp, uniqueEmail } from "./helpers";

test("a forgotten password is reset through the mailed link, once", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signUp(page, { name: "Frida", email, company: "Frida AB" });
  await expectOnOverview(page, "Frida AB");
  await page.context().clearCookies();

  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("If an account exists for that address")).toBeVisible();

  await page.goto("/dev/mailbox");
  const mail = page.getByTestId("mail").filter({ hasText: `To ${email}` }).first();
  const link = await mail.getByRole("link").getAttribute("href");
  expect(link).toContain("/reset-password/");

  await page.goto(link!);
  await page.getByLabel("New password", { exact: true }).fill("a brand new password");
  await page.getByLabel("Repeat the new password").fill("a brand new password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  await signIn(page, email, "a brand new password");
  await expectOnOverview(page, "Frida AB");

  await page.goto(link!);
  await expect(page.getByText("This reset link has expired or was already used.")).toBeVisible();
});

test("repeated wrong passwords lock the account for a while", async ({ page }) => {
  const email = uniqueEmail("locked");
  await signUp(page, { name: "Lars", email, company: "Lars AB" });
  await expectOnOverview(page, "Lars AB");
  await page.context().clearCookies();
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, "wrong password here");
    await expect(page.getByText("E-mail or password is not correct.")).toBeVisible();
  }
  // Even the right password is refused while the account is locked.
  await signIn(page, email);
  await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
});
