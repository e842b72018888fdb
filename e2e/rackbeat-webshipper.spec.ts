import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

// Seed 002 in the wizard, against the app's own sandbox Rackbeat and Webshipper (/sandbox/…).
const screens = "e2e/.artifacts/screens";
const RB = "/sandbox/rackbeat/api";
const RB_TOKEN = "rb-sandbox-token";
const WS_TOKEN = "ws-sandbox-token";

async function rackbeat(request: APIRequestContext, method: "GET" | "POST", path: string, data?: unknown) {
  const response = await request.fetch(`${RB}${path}`, { method, headers: { authorization: `Bearer ${RB_TOKEN}`, accept: "application/json" }, ...(data ? { data } : {}) });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return response.json();
}

/** A booked Rackbeat order of two lines on delivery term 2 (GLS Erhverv), and a shipment of one of them. */
async function rackbeatOrderWithShipment(request: APIRequestContext) {
  const sku = `ÆBLE-${Date.now()}`;
  await rackbeat(request, "POST", "/products", { number: sku, name: "Æblemost – økologisk", sales_price: 49.95, physical: { weight: 1200 } });
  await rackbeat(request, "POST", "/products", { number: `${sku}-B`, name: "Blåbær", sales_price: 20 });
  const { customer } = await rackbeat(request, "POST", "/customers", { name: "Søren Ærøskøbing", contact_email: "soren@example.dk" });
  const address = { name: "Søren Ærøskøbing", street: "Åboulevarden 12", zipcode: "8000", city: "Århus C", country: "DK", email: "soren@example.dk" };
  const { order } = await rackbeat(request, "POST", "/orders/drafts", {
    customer_id: customer.number,
    currency: "DKK",
    delivery_terms_id: 2,
    delivery_address: address,
    lines: [
      { product_id: sku, quantity: 2, line_price: 49.95 },
      { product_id: `${sku}-B`, quantity: 1, line_price: 20 },
    ],
  });
  await rackbeat(request, "POST", `/orders/${order.number}/book`, { mail: { send: false } });
  const first = order.lines.find((l: { item: { number: string } }) => l.item.number === sku);
  await rackbeat(request, "POST", `/orders/${order.number}/create-shipment`, { lines: [{ line_id: first.id, quantity: 2 }] });
  return { number: order.number as number, sku };
}

async function testAndContinue(page: Page) {
  await page.getByRole("button", { name: "Save and test connection" }).click();
  await expect(page.getByTestId("test-success")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Continue" }).click();
}

test("Rackbeat → Webshipper in the wizard: trigger per shipment, delivery terms mapped to shipping rates, volume not synced, direction on the link", async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const order = await rackbeatOrderWithShipment(request);

  await signUp(page, { name: "Rasmus Rackbeat", email: uniqueEmail("rackbeat"), company: "Æblegården ApS" });
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await page.goto("/connect");
  await page.getByRole("button", { name: "Connect a shop to a warehouse" }).click();

  await page.getByRole("radio", { name: "Rackbeat" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("API token").fill(RB_TOKEN);
  await page.getByLabel("API address").fill(`${baseURL}${RB}`);
  await testAndContinue(page);

  await page.getByRole("radio", { name: "Webshipper" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Webshipper account").fill("sandbox");
  await page.getByLabel("API token").fill(WS_TOKEN);
  await page.getByLabel("Order channel ID").fill("9");
  await page.getByLabel("API address").fill(`${baseURL}/sandbox/webshipper/sandbox/v2`);
  await testAndContinue(page);

  // Mappings: Rackbeat's delivery terms → Webshipper's shipping rates, no status table.
  await expect(page.getByText("Delivery terms → shipping rates")).toBeVisible();
  await expect(page.getByText("Order statuses in Rackbeat")).toHaveCount(0);
  await expect(page.getByLabel("GLS Erhverv")).toHaveValue("6");
  await expect(page.getByLabel("PostNord Hjemlevering")).toHaveValue("8");
  await page.screenshot({ path: `${screens}/rackbeat-webshipper-mappings.png`, fullPage: true });
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Settings: the direction, the trigger, and what is not synced, in plain words.
  await expect(page.getByTestId("link-direction")).toContainText("Direction: Rackbeat → Webshipper");
  await expect(page.getByText(/^Volume is not synced/)).toBeVisible();
  await page.getByRole("radio", { name: /When a shipment is created in Rackbeat/ }).check();
  await page.screenshot({ path: `${screens}/rackbeat-webshipper-settings.png`, fullPage: true });
  await page.getByRole("button", { name: "Save and preview" }).click();

  // Preview: the Rackbeat shipment as its own order, only its line, on the mapped rate.
  const preview = page.getByTestId("order-preview");
  await expect(preview).toContainText(order.sku);
  await expect(preview).not.toContainText(`${order.sku}-B`);
  await expect(preview).toContainText("GLS Business");
  await expect(page.getByText(/handed over shipment by shipment/)).toBeVisible();
  await page.screenshot({ path: `${screens}/rackbeat-webshipper-preview.png`, fullPage: true });
  await page.getByRole("button", { name: "Activate link" }).click();

  await expect(page.getByTestId("link-activated")).toBeVisible();
  const flow = page.getByTestId("link-flow");
  await expect(flow).toContainText("Direction: Rackbeat → Webshipper (one way only)");
  await expect(flow).toContainText("when a shipment is created in Rackbeat");
  // Webshipper holds no products or stock: the link offers no product sync and says why.
  await expect(page.getByTestId("no-product-sync")).toContainText("only orders and shipments travel");
  await expect(page.getByRole("button", { name: "Sync products now" })).toHaveCount(0);
  await page.screenshot({ path: `${screens}/rackbeat-webshipper-link.png`, fullPage: true });
});
