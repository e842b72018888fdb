import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "a long enough password";

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function signUp(page: Page, input: { name: string; email: string; company: string; password?: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(input.name);
  await page.getByLabel("E-mail").fill(input.email);
  await page.getByLabel("Company").fill(input.company);
  await page.getByLabel("Password").fill(input.password ?? PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectOnOverview(page: Page, tenantName: string) {
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await expect(page.getByRole("button", { name: `Team: ${tenantName}. Switch team` })).toBeVisible();
}

export async function invite(page: Page, email: string, role: "member" | "admin" = "member"): Promise<string> {
  await page.goto("/settings/members");
  await page.getByLabel("E-mail of the person to invite").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = page.getByTestId("invitation-link");
  await expect(link).toBeVisible();
  return link.inputValue();
}
