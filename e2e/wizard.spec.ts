import { expect, test, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { signUp, uniqueEmail } from "./helpers";
import { useServerDatabase } from "./support/server-database";

// The wizard against simulators served by this test process, which also plays the background
// worker (the e2e server runs none): the local worker's engine, in-process, on the server's database.
useServerDatabase();
const { serveFetchHandler } = await import("@/lib/sandbox/http-server");
const { createPlentymarketsSimulator, sandboxPlentyId, sandboxUser } = await import("@/lib/sandbox/plentymarkets");
const { createWemaloSimulator, SANDBOX_WEMALO_TOKEN } = await import("@/lib/sandbox/wemalo");
const { withSystem } = await import("@/db");
const { links } = await import("@/db/schema");
const { functions } = await import("@/inngest/index");
const { createLocalWorker } = await import("@/inngest/local/worker");

const screens = "e2e/.artifacts/screens";
const plenty = createPlentymarketsSimulator({ basePath: "", seed: 21 });
const wemalo = createWemaloSimulator({ basePath: "", seed: 21 });
for (const sku of ["TS-BLK-M", "CAP-GRN", "MUG-WHT", "SOCK-3P"]) wemalo.control.putProduct({ externalId: sku, sku, name: sku, stock: 500 });
let servers: Array<{ url: string; close(): Promise<void> }> = [];

test.beforeAll(async () => {
  servers = [await serveFetchHandler(plenty.handle), await serveFetchHandler(wemalo.handle)];
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function saveAndContinue(page: Page, button = "Save and test connection") {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByTestId("test-success")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Continue" }).click();
}

test("the whole wizard: a wrong password first, then tests, suggested mappings, a real order previewed, activation, and the order arrives at the warehouse", async ({ page }) => {
  test.setTimeout(180_000);
  const [plentyUrl, wemaloUrl] = servers.map((s) => s.url);
  const order = plenty.control.createOrder();

  await signUp(page, { name: "Wanda Wizard", email: uniqueEmail("wizard"), company: "Wizard Handel GmbH" });
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Connect", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Connect your shop to your warehouse" })).toBeVisible();
  await page.screenshot({ path: `${screens}/connect.png`, fullPage: true });
  await page.getByRole("button", { name: "Connect a shop to a warehouse" }).click();

  // 1. the shop, from the registry
  await expect(page.getByRole("navigation", { name: "Setup steps" })).toBeVisible();
  await page.getByRole("radio", { name: "plentymarkets / PlentyONE" }).check();
  await page.screenshot({ path: `${screens}/wizard-1-source.png`, fullPage: true });
  await page.getByRole("button", { name: "Continue" }).click();

  // 2. its credentials, drawn from the connector's schema; a wrong password first
  await page.getByLabel("URL of your plentymarkets system").fill(plentyUrl!);
  await page.getByLabel("Username").fill(sandboxUser.username);
  await page.getByLabel("Password").fill("not the password");
  await page.getByLabel("plentyID").fill(String(sandboxPlentyId));
  await page.getByLabel("Warehouse ID").fill("104");
  await page.getByLabel("Storage location ID").fill("12");
  await page.getByRole("button", { name: "Save and test connection" }).click();
  const failure = page.getByTestId("test-failure");
  await expect(failure).toContainText("refused the login: the password or key is wrong", { timeout: 30_000 });
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Username")).toHaveValue(sandboxUser.username);
  await page.screenshot({ path: `${screens}/wizard-2-wrong-password.png`, fullPage: true });
  await page.getByLabel("Password").fill(sandboxUser.password);
  await saveAndContinue(page);

  // 3. + 4. the warehouse and its key
  await page.getByRole("radio", { name: "wemalo" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("REST key").fill(SANDBOX_WEMALO_TOKEN);
  await page.getByLabel("API URL (optional)").fill(`${wemaloUrl}/v1`);
  await page.screenshot({ path: `${screens}/wizard-4-warehouse-login.png`, fullPage: true });
  await saveAndContinue(page);

  // 5. mappings pre-filled from what both tests discovered
  await expect(page.getByText(/Suggested from what plentymarkets/)).toBeVisible();
  await expect(page.getByLabel("Ready for the warehouse")).toHaveValue("5");
  await expect(page.getByLabel("After handover")).toHaveValue("5.1");
  await expect(page.getByLabel("Address problem")).toHaveValue("6.2");
  await expect(page.getByLabel("DHL Paket", { exact: true })).toHaveValue("dhl_paket");
  await page.screenshot({ path: `${screens}/wizard-5-mappings.png`, fullPage: true });
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Resumable: leave, come back through Connect, land on the next step
  await expect(page.getByLabel("Name of this link")).toBeVisible();
  await page.goto("/connect");
  await page.getByRole("link", { name: "Continue" }).first().click();
  await expect(page.getByLabel("Name of this link")).toBeVisible();

  // 6. sync settings
  await page.getByLabel("Name of this link").fill("Webshop → Lager Nord");
  await page.getByLabel("Check for new orders and shipments").selectOption("1");
  await page.getByRole("radio", { name: /plentymarkets \/ PlentyONE, when Lagerbro sets/ }).check();
  await page.screenshot({ path: `${screens}/wizard-6-settings.png`, fullPage: true });
  await page.getByRole("button", { name: "Save and preview" }).click();

  // 7. preview of the newest real order, as the warehouse will receive it
  const preview = page.getByTestId("order-preview");
  await expect(preview).toContainText(String(order.id));
  await expect(preview).toContainText("This order would go through as shown.");
  await expect(preview).toContainText("TS-BLK-M");
  await expect(preview).toContainText("DHL");
  await page.screenshot({ path: `${screens}/wizard-7-preview.png`, fullPage: true });
  await page.getByRole("button", { name: "Activate link" }).click();

  await expect(page.getByTestId("link-activated")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Webshop → Lager Nord/ })).toBeVisible();
  const linkId = page.url().match(/\/links\/([0-9a-f-]{36})/)![1]!;

  // The background work: the activation's intake, then order-send, as the local worker runs them
  const [link] = await withSystem((tx) => tx.select({ tenantId: links.tenantId }).from(links).where(eq(links.id, linkId)));
  const worker = createLocalWorker({ functions, tenantId: link!.tenantId });
  await worker.drain();
  expect(wemalo.control.order(String(order.id))).toMatchObject({ statusName: expect.any(String), dispatcherProfile: "dhl_paket" });
  expect(plenty.control.statusOf(order.id)).toBe(5.1);
  await page.reload();
  await expect(page.getByTestId("link-orders")).toHaveText("1");
  await page.screenshot({ path: `${screens}/link.png`, fullPage: true });
});
