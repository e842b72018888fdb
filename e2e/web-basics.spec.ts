import { expect, test } from "@playwright/test";
import { expectOnOverview, signUp, uniqueEmail } from "./helpers";
import { useServerDatabase } from "./support/server-database";

useServerDatabase();
const { merchantWorld } = await import("./support/merchant-world");
const { withTenant } = await import("@/db");
const { tenants } = await import("@/db/schema");
const { createDraft } = await import("@/lib/wizard/drafts");
const { eq } = await import("drizzle-orm");

/**
 * The built app over HTTP: security headers on every kind of response, the cookies a browser
 * really keeps, and another team's pages answering 404 to a signed-in merchant (with the team
 * cookie forged to name that team). security/isolation walks every page, action and route in-process.
 */
test.describe.configure({ mode: "serial" });

let other: Awaited<ReturnType<typeof merchantWorld>>;
let otherName: string;
let otherOrderId: string;
let otherDraftId: string;

test.beforeAll(async () => {
  other = await merchantWorld();
  otherName = `Other Team ${crypto.randomUUID().slice(0, 6)}`;
  await withTenant(other.tenantId, (tx) => tx.update(tenants).set({ name: otherName }).where(eq(tenants.id, other.tenantId)));
  [otherOrderId] = await other.placeOrders([[{ sku: "TS-BLK-M", quantity: 1 }]]).then(async () => {
    const { orders } = await import("@/db/schema");
    return (await withTenant(other.tenantId, (tx) => tx.select({ id: orders.id }).from(orders))).map((o) => o.id);
  });
  otherDraftId = (await createDraft(other.tenantId)).id;
});

test.afterAll(async () => {
  await other?.close();
});

const EXPECTED_HEADERS: Record<string, RegExp> = {
  "content-security-policy": /frame-ancestors 'none'.*object-src 'none'/,
  "x-frame-options": /^DENY$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "x-content-type-options": /^nosniff$/,
  "permissions-policy": /camera=\(\)/,
};

test("security headers on pages, the 404 page, JSON APIs and webhooks; no X-Powered-By", async ({ request }) => {
  const responses = [
    await request.get("/sign-in"),
    await request.get("/no-such-page"),
    await request.get("/api/pull/v1/customers/1/orders"),
    await request.post(`/api/webhooks/${"x".repeat(43)}`, { data: "{}" }),
    await request.get("/orders", { maxRedirects: 0 }),
  ];
  expect(responses.map((r) => r.status())).toEqual([200, 404, 401, 404, 307]);
  for (const response of responses) {
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(EXPECTED_HEADERS)) expect(headers[name], `${name} on ${response.url()}`).toMatch(pattern);
    expect(headers["x-powered-by"], `x-powered-by on ${response.url()}`).toBeUndefined();
  }
});

test("the browser keeps the session and team cookies HttpOnly and SameSite=Lax; the team cookie Secure in production", async ({ page, context }) => {
  await signUp(page, { name: "Cookie Person", email: uniqueEmail("cookies"), company: "Cookie AB" });
  await expectOnOverview(page, "Cookie AB");
  const cookies = await context.cookies();
  const sessionCookie = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  const team = cookies.find((c) => c.name === "lagerbro_tenant");
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(team).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: true });
  // Nothing a script on the page can read.
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/session-token|lagerbro_tenant/);
});

test("another team's pages answer 404 to a signed-in merchant, even with the team cookie naming that team", async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  await signUp(page, { name: "Nosy Person", email: uniqueEmail("nosy"), company: "Nosy AB" });
  await expectOnOverview(page, "Nosy AB");
  await context.addCookies([{ name: "lagerbro_tenant", value: other.tenantId, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/");
  await expectOnOverview(page, "Nosy AB");

  const theirs = [
    `/orders/${otherOrderId}`,
    `/links/${other.linkId}`,
    `/links/${other.linkId}/products`,
    `/links/${other.linkId}/products/export`,
    `/connections/${other.warehouseConnectionId}`,
    `/connect/${otherDraftId}`,
    `/connect/${otherDraftId}/source`,
  ];
  for (const path of theirs) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    const html = await page.content();
    expect(html, path).not.toContain(otherName);
    expect(html, path).not.toContain("Shop → wemalo");
  }
  for (const path of ["/orders", "/links", "/connections", "/exceptions", "/products"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = await page.content();
    expect(html, path).not.toContain(otherName);
    expect(html, path).not.toContain(other.linkId);
  }
});
