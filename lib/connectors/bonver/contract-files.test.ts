import { mkdir, readdir, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { orderFixture } from "@/lib/connectors/ongoing/testing";
import { fileConnectorHarness, type FileConnectorHarness } from "@/lib/connectors/file-warehouse/testing";
import { parseXmlSafely } from "@/lib/files";
import { TEST_PROTOCOLS } from "@/lib/files/testing/servers";
import { bonverConnector } from "./index";

vi.stubEnv("ALLOW_PRIVATE_URLS", "1");
const warehouse = bonverConnector.warehouse!;

describe.each(TEST_PROTOCOLS)("Bonver over a real %s server", { timeout: 30_000 }, (protocol) => {
  let h: FileConnectorHarness;
  beforeAll(async () => {
    h = await fileConnectorHarness(bonverConnector, protocol);
  });
  afterAll(() => h?.close());

  it("writes one XML file for an order with two lines", async () => {
    const ctx = h.context({ ordersFolder: "in" });
    const result = await warehouse.submitOrder(ctx, { order: orderFixture(), shippingCode: "DHL-PAKET" });
    expect(result).toEqual({ warehouseRef: "4711.xml", status: "accepted", created: true });
    expect(await readdir(join(h.server.root, "in"))).toEqual(["4711.xml"]);

    const text = await readFile(join(h.server.root, "in/4711.xml"), "utf8");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<order>')).toBe(true);
    expect(text).toContain("<company>Müller &amp; Söhne GmbH</company>");
    const { order } = parseXmlSafely(text) as { order: Record<string, unknown> };
    expect(order).toMatchObject({
      id: "4711",
      source_id: "4711",
      date_purchased: "2025-03-01T10:14:00+01:00",
      currency: "EUR",
      shipping_method_code: "DHL-PAKET",
      payment_method: "6001",
      customer: { id: "208", name: "Jürgen Größmann", company: "Müller & Söhne GmbH", street_address: "Königstraße 12", postcode: "70173", city: "Stuttgart", country_code: "DE", email_address: "juergen.grossmann@example.de" },
      delivery: { name: "Åsa Øberg-Lindström", care_of: "c/o Café Ångström", street_address: "Storgatan 5B", street_address2: "Lägenhet 1102", postcode: "211 41", city: "Malmö", country_code: "SE", telephone: "+46 40 123 45" },
      totals: { shipping: "4.90", discount: "0.00", tax: "7.82", total: "49.00" },
    });
    expect((order.products as { product: unknown[] }).product).toEqual([
      { position: "1", model: "TS-BLK-M", name: "T-Shirt Schwarz M – Bio-Baumwolle", quantity: "2", price_each_incl_tax: "19.99", tax: "19" },
      { position: "2", model: "CAP-GRN", name: "Cap Grün", quantity: "1", price_each_incl_tax: "4.12", tax: "19" },
    ]);
  });

  it("does not write the order twice once Bonver has taken the file, and says too late to cancel", async () => {
    const ctx = h.context({ ordersFolder: "in" });
    await mkdir(join(h.server.root, "in/history"), { recursive: true });
    await rename(join(h.server.root, "in/4711.xml"), join(h.server.root, "in/history/4711.xml"));
    expect((await warehouse.submitOrder(ctx, { order: orderFixture() })).created).toBe(false);
    expect(await readdir(join(h.server.root, "in"))).toEqual(["history"]);
    expect((await warehouse.cancelOrder(ctx, { order: { sourceRef: "4711", orderNumber: "4711" } })).outcome).toBe("too_late");
  });

  it("declares that no status comes back, and has none to list", async () => {
    expect(bonverConnector.limitations?.map((l) => l.code)).toEqual(["no_status_updates"]);
    expect(bonverConnector.limitations?.[0]?.message).toMatch(/shop must send/);
    expect(await warehouse.listChanges(h.context(), { cursor: null })).toEqual({ items: [], nextCursor: null, hasMore: false });
  });
});
