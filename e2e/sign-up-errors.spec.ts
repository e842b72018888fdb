import { expect, test } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

test("bad sign-up input gets a clear message on the form", async ({ page }) => {
  await signUp(page, { name: "Mia", email: "mia-at-example", company: "Mia AB" });
  await expect(page.getByText("Enter a valid e-mail address, like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Company")).toHaveValue("Mia AB");

  await signUp(page, { name: "Mia", email: uniqueEmail("mia"), company: "Mia AB", password: "short" });
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.screenshot({ path: "e2e/.artifacts/screens/sign-up-error.png", fullPage: true });

  const taken = uniqueEmail("taken");
  await signUp(page, { name: "First", email: taken, company: "First AB" });
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await page.context().clearCookies();
  await signUp(page, { name: "Second", email: taken, company: "Second AB", password: PASSWORD });
  await expect(page.getByText("An account with this e-mail already exists. Sign in instead.")).toBeVisible();
});
