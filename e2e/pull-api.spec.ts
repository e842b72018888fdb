import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

/** The Pull API through the running app: a key made on the settings page, used over HTTP, then revoked. */
test("an admin creates a Pull API key, the shop calls with it, and a revoked key is refused", async ({ page, request }) => {
  await signUp(page, { name: "Pia Pull", email: uniqueEmail("pull"), company: "Pull Shop AB" });
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  await page.goto("/settings");
  await expect(page.getByRole("link", { name: "Manage API keys" })).toHaveAttribute("href", "/settings/api");
  await page.goto("/settings/api");
  await expect(page.getByRole("heading", { name: "Pull API" })).toBeVisible();
  await page.getByLabel("Name").fill("Vendre shop");
  await expect(page.getByLabel("Name")).toHaveValue("Vendre shop");
  await page.getByRole("button", { name: "Create key" }).click();
  const field = page.getByTestId("api-key");
  await expect(field).toBeVisible();
  const key = await field.inputValue();
  expect(key).toMatch(/^lbp_/);

  const auth = { authorization: `Bearer ${key}` };
  const list = await request.get("/api/pull/v1/customers/4711/orders?from=2026-01-01&to=2026-12-31", { headers: auth });
  expect(list.status()).toBe(200);
  expect(await list.json()).toEqual({ orders: [], page: 1, per_page: 25, total: 0, total_pages: 0 });

  const badDate = await request.get("/api/pull/v1/customers/4711/invoices?from=2026-02-30", { headers: auth });
  expect(badDate.status()).toBe(400);
  expect(await badDate.json()).toMatchObject({ error: { code: "invalid_parameter", parameter: "from" } });

  const missing = await request.get("/api/pull/v1/customers/4711/orders/1001", { headers: auth });
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toMatch(/^application\/json/);

  const noRoute = await request.get("/api/pull/v1/nothing/here", { headers: auth });
  expect(noRoute.status()).toBe(404);
  expect(await noRoute.json()).toMatchObject({ error: { code: "not_found" } });

  const noKey = await request.get("/api/pull/v1/customers/4711/orders");
  expect(noKey.status()).toBe(401);
  expect(await noKey.json()).toMatchObject({ error: { code: "unauthorized" } });

  await page.reload();
  const row = page.getByTestId(`api-key-${key.slice(0, 12)}`);
  await expect(row).toContainText("Vendre shop");
  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("button", { name: "Revoke key" }).click();
  await expect(row).toContainText("Revoked");
  const revoked = await request.get("/api/pull/v1/customers/4711/orders", { headers: auth });
  expect(revoked.status()).toBe(401);
});
