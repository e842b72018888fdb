import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

const screens = "e2e/.artifacts/screens";

/** The e2e server runs no background worker, so the sandbox page runs the pipeline steps itself. */
async function checkBothSides(page: Page) {
  await page.getByRole("button", { name: "Check both sides now" }).click();
  await expect(page.getByText(/pipeline steps? ran|worker to check both sides/).last()).toBeVisible({ timeout: 30_000 });
}

test("from a new account to a shipped order with tracking, through the sandbox", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Sandy Tester", email: uniqueEmail("sandbox"), company: "Sandkasten AB" });
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  // Home's empty state offers the sandbox
  await page.getByRole("button", { name: "Try it with the sandbox" }).click();
  await expect(page.getByRole("heading", { name: "Sandbox", level: 1 })).toBeVisible({ timeout: 30_000 });
  const shop = page.getByTestId("sandbox-shop-orders");
  await expect(shop.getByRole("row")).toHaveCount(4);
  await expect(shop).toContainText("[5]");

  await checkBothSides(page);
  await page.reload();
  const warehouse = page.getByTestId("sandbox-warehouse-orders");
  await expect(warehouse.getByRole("row")).toHaveCount(4);
  await expect(page.getByTestId("sandbox-shop-orders")).toContainText("[5.1]");
  await page.screenshot({ path: `${screens}/sandbox.png`, fullPage: true });

  // Play the warehouse: ship the first order, then let Lagerbro carry the tracking number back
  const firstRow = warehouse.getByRole("row").nth(1);
  const orderNumber = (await firstRow.getByRole("cell").first().textContent())!.trim();
  await firstRow.getByRole("button", { name: `Ship: order ${orderNumber}` }).click();
  await expect(page.getByTestId(`warehouse-order-${orderNumber}`)).toContainText("SHIPPED");
  await checkBothSides(page);
  await page.reload();
  const shipped = page.getByTestId(`warehouse-order-${orderNumber}`);
  await expect(shipped).toContainText("SHIPPED");
  const tracking = (await shipped.getByRole("cell").nth(2).textContent())!.trim();
  expect(tracking).not.toBe("—");
  await expect(page.getByTestId("sandbox-shop-orders")).toContainText("[7]");
  await page.screenshot({ path: `${screens}/sandbox-shipped.png`, fullPage: true });

  // The order's page shows the tracking number
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders" }).click();
  await page.getByRole("link", { name: orderNumber, exact: true }).first().click();
  await expect(page.getByText(tracking.split(",")[0]!.trim()).first()).toBeVisible();

  // Links and connections pages
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Links" }).click();
  await expect(page.getByRole("link", { name: "Sandbox shop → sandbox warehouse" })).toBeVisible();
  await page.screenshot({ path: `${screens}/links.png`, fullPage: true });
  await page.getByRole("link", { name: "Sandbox shop → sandbox warehouse" }).click();
  await expect(page.getByTestId("link-orders")).toHaveText("3");
  await page.getByRole("button", { name: "Pause link" }).click();
  await expect(page.getByText("This link is paused")).toBeVisible();
  await page.getByRole("button", { name: "Resume link" }).click();
  await expect(page.getByText("This link is paused")).toBeHidden();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Connections" }).click();
  await expect(page.getByRole("link", { name: "Sandbox shop (plentymarkets)" })).toBeVisible();
  await page.screenshot({ path: `${screens}/connections.png`, fullPage: true });
  await page.getByRole("link", { name: "Sandbox shop (plentymarkets)" }).click();
  // Write-only secret: shown as set, with an empty input that keeps it
  await expect(page.getByTestId("secret-set-password")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveValue("");
  await page.getByRole("button", { name: "Save and test" }).click();
  await expect(page.getByText(/Saved\. Test passed/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("request-log")).toContainText("/rest/webstores");
  await page.screenshot({ path: `${screens}/connection.png`, fullPage: true });

  // A connection in use cannot be deleted; the dialog says which link to delete first
  await page.getByRole("button", { name: "Delete connection" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("uses it: delete that link first");
  await page.getByRole("button", { name: "Cancel" }).click();

  // On a phone the sandbox and a wizard-made form stay usable (tables scroll, forms stack)
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/try");
  await expect(page.getByRole("heading", { name: "Sandbox", level: 1 })).toBeVisible();
  await page.screenshot({ path: `${screens}/sandbox-mobile.png`, fullPage: true });
});
