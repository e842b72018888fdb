import { expect, test, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./helpers";
import { useServerDatabase } from "./support/server-database";

useServerDatabase();
const { merchantWorld } = await import("./support/merchant-world");
const { orderBySourceRef } = await import("@/lib/pipeline/testing");
const { TEST_PASSWORD } = await import("@/db/testing/fixtures");
const { seedOrders, tenantWithLink } = await import("@/lib/orders-query/testing");

const screens = "e2e/.artifacts/screens";

test.describe.configure({ mode: "serial" });

let world: Awaited<ReturnType<typeof merchantWorld>>;
let orderNumbers: { shipped: string; sent: string; unknownSku: string };
let orderIds: { shipped: string; unknownSku: string };

test.beforeAll(async () => {
  world = await merchantWorld();
  const refs = await world.placeOrders([
    [{ sku: "TS-BLK-M", quantity: 2 }],
    [{ sku: "CAP-GRN", quantity: 1 }],
    [{ sku: "SOCK-3P", quantity: 3 }],
    [{ sku: "MUG-WHT", quantity: 1 }],
  ]);
  await world.ship(refs[0]!);
  const [shipped, sent, , unknown] = await Promise.all(refs.map((ref) => orderBySourceRef(world.tenantId, world.linkId, ref)));
  orderNumbers = { shipped: shipped!.orderNumber, sent: sent!.orderNumber, unknownSku: unknown!.orderNumber };
  orderIds = { shipped: shipped!.id, unknownSku: unknown!.id };
});

test.afterAll(async () => {
  await world?.close();
});

async function signedIn(page: Page) {
  await signIn(page, world.email, TEST_PASSWORD);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
}

test("a new team's home points to connecting a shop and a warehouse; its lists are empty", async ({ page }) => {
  await signUp(page, { name: "New Merchant", email: uniqueEmail("new"), company: "Fresh Start AB" });
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  const connect = page.getByTestId("connect-first");
  await expect(connect.getByRole("link", { name: "Connect a shop and a warehouse" })).toHaveAttribute("href", "/connect");
  await page.screenshot({ path: `${screens}/home-empty.png`, fullPage: true });
  await page.goto("/orders");
  await expect(page.getByRole("heading", { name: "No orders yet" })).toBeVisible();
  await page.screenshot({ path: `${screens}/order-after-retry.png`, fullPage: true });
  await page.goto("/exceptions");
  await expect(page.getByRole("heading", { name: "Nothing needs your attention" })).toBeVisible();
});

test("home shows the link's health and the background work", async ({ page }) => {
  await signedIn(page);
  const card = page.getByTestId("link-health");
  await expect(card.getByRole("link", { name: "Shop → wemalo" })).toBeVisible();
  await expect(card.getByText("Orders today")).toBeVisible();
  await expect(card.getByRole("link", { name: "1" }).last()).toBeVisible();
  await expect(page.getByTestId("delivery")).toContainText(/Events are delivered by|No worker has picked up events/);
  await page.screenshot({ path: `${screens}/home.png`, fullPage: true });
});

test("the orders list filters by status and searches by order number, and opens an order's timeline", async ({ page }) => {
  await signedIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders" }).click();
  await expect(page.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible();
  await expect(page.getByTestId("order-row")).toHaveCount(4);
  await page.screenshot({ path: `${screens}/orders.png`, fullPage: true });

  await page.getByLabel("Status").selectOption("shipped");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=shipped/);
  await expect(page.getByTestId("order-row")).toHaveCount(1);
  await expect(page.getByTestId("order-row")).toContainText(orderNumbers.shipped);

  await page.getByRole("link", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.getByLabel("Status")).toHaveValue("");
  await page.getByLabel("Search").fill(orderNumbers.sent);
  await page.getByLabel("Search").press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${orderNumbers.sent}`));
  await expect(page.getByTestId("order-row").first()).toContainText(orderNumbers.sent);

  await page.getByLabel("Search").fill("no-such-order");
  await page.getByLabel("Search").press("Enter");
  await expect(page.getByRole("heading", { name: "No orders match these filters" })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/orders");
  await expect(page.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible();
  await expect(page.getByTestId("order-row")).toHaveCount(4);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${screens}/orders-mobile.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto(`/orders?status=shipped`);
  await page.getByRole("link", { name: orderNumbers.shipped }).click();
  await expect(page.getByRole("heading", { name: `Order ${orderNumbers.shipped}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toHaveText("Shipped");
  const steps = page.getByTestId("timeline-step");
  expect(await steps.count()).toBeGreaterThanOrEqual(3);
  await expect(steps.filter({ hasText: "Handed to the warehouse" })).toHaveCount(1);
  const shipment = page.getByTestId("shipment");
  await expect(shipment).toBeVisible();
  await expect(shipment).toContainText("Tracking sent to the shop");
  await steps.filter({ hasText: "Handed to the warehouse" }).getByText("Request and response details").click();
  await page.screenshot({ path: `${screens}/order.png`, fullPage: true });
});

test("another team's order is not found, not listed and not searchable", async ({ page }) => {
  const other = await tenantWithLink("Other Team AB");
  const [otherOrderId] = await seedOrders(other.tenantId, other.linkId, [{ orderNumber: "OTHER-TEAM-1", receivedAt: new Date(), customer: { firstName: "Eva", lastName: "Elsewhere" } }]);
  await signedIn(page);
  const missing = await page.goto(`/orders/${otherOrderId}`);
  await expect(page.getByRole("heading", { name: "Order not found" })).toBeVisible();
  expect(missing?.status()).toBe(404);
  await page.goto("/orders?q=OTHER-TEAM");
  await expect(page.getByRole("heading", { name: "No orders match these filters" })).toBeVisible();
  await page.goto(`/orders?link=${other.linkId}`);
  await expect(page.getByRole("heading", { name: "No orders match these filters" })).toBeVisible();
  await page.goto("/orders/not-an-id");
  await expect(page.getByRole("heading", { name: "Order not found" })).toBeVisible();
});

test("exceptions: unknown SKU → add a mapping → retry → at the warehouse", async ({ page }) => {
  await signedIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Problems" }).click();
  const group = page.getByTestId("exception-group-unknown_sku");
  await expect(group.getByRole("heading", { name: /Unknown SKU/ })).toBeVisible();
  await expect(group).toContainText("MUG-WHT");
  await expect(group.getByRole("link", { name: "Edit the link's mappings" })).toHaveAttribute("href", new RegExp(`/links/${world.linkId}`));
  await page.screenshot({ path: `${screens}/exceptions.png`, fullPage: true });

  // The fix, on the link page the problem points to: MUG-WHT gets its warehouse SKU in the SKU table.
  await group.getByRole("link", { name: "Edit the link's mappings" }).click();
  const skuTable = page.getByLabel("SKU mapping table");
  await expect(skuTable).toBeVisible();
  await skuTable.fill(`${await skuTable.inputValue()}\nMUG-WHT, MUG-WHT`.trim());
  await page.getByRole("button", { name: "Save mappings" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
  await page.screenshot({ path: `${screens}/link-mapping-added.png`, fullPage: true });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Problems" }).click();
  await group.getByRole("checkbox", { name: `Choose order ${orderNumbers.unknownSku} for retry` }).check();
  await expect(page.getByText("1 chosen")).toBeVisible();
  await page.getByRole("button", { name: "Retry chosen", exact: true }).click();
  await expect(page.getByText("Retry requested for 1 order.")).toBeVisible();
  await world.runPipeline();

  await page.goto(`/orders/${orderIds.unknownSku}`);
  await expect(page.getByRole("heading", { name: `Order ${orderNumbers.unknownSku}` })).toBeVisible();
  // At the warehouse: sent, and the sandbox wemalo accepts at once.
  await expect(page.getByTestId("order-status")).toHaveText(/^(At the warehouse|Accepted)$/);
  await expect(page.getByTestId("timeline-step").filter({ hasText: "Retry requested." })).toHaveCount(1);
  await expect(page.getByTestId("timeline-step").filter({ hasText: "Handed to the warehouse" })).toHaveCount(1);
  await page.screenshot({ path: `${screens}/order-after-retry.png`, fullPage: true });
  await page.goto("/exceptions");
  await expect(page.getByRole("heading", { name: "Nothing needs your attention" })).toBeVisible();
});
