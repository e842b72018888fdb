import { expect, test } from "@playwright/test";
import { expectOnOverview, invite, signUp, uniqueEmail } from "./helpers";

test("someone in two teams accepts an invitation while signed in and switches between the teams", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("a-owner");
  await signUp(page, { name: "Anna", email: ownerEmail, company: "Alpha Logistik" });
  await expectOnOverview(page, "Alpha Logistik");

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  const otherEmail = uniqueEmail("b-owner");
  await signUp(other, { name: "Bo", email: otherEmail, company: "Beta Butik" });
  await expectOnOverview(other, "Beta Butik");

  const link = await invite(page, otherEmail, "admin");
  await other.goto(link);
  await other.getByRole("button", { name: "Join Alpha Logistik" }).click();
  await expectOnOverview(other, "Alpha Logistik");

  await other.getByRole("button", { name: "Team: Alpha Logistik. Switch team" }).click();
  await other.getByRole("menuitem", { name: /Beta Butik/ }).click();
  await expectOnOverview(other, "Beta Butik");
  await other.screenshot({ path: "e2e/.artifacts/screens/switched.png" });

  // A team the user does not belong to cannot be chosen by editing the form.
  await other.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="tenantId"]');
    if (input) input.value = "00000000-0000-0000-0000-000000000000";
    input?.form?.requestSubmit();
  });
  await expectOnOverview(other, "Beta Butik");
  await otherContext.close();
});
