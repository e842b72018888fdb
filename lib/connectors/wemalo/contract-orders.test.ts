import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isPartnerError, type PartnerError } from "@/lib/http/errors";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN, type WemaloSimulator } from "@/lib/sandbox/wemalo";
import { canonicalOrder, catalog } from "./fixtures";
import * as api from "./api";
import { wemaloConnector } from "./index";
import { toWemaloOrder } from "./order-mapping";
import { wemaloTestContext } from "./testing";

const warehouse = wemaloConnector.warehouse!;
let sim: WemaloSimulator;
let server: RunningServer;
let ctx: ReturnType<typeof wemaloTestContext>;

async function failure(promise: Promise<unknown>): Promise<PartnerError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isPartnerError(error)) throw new Error(`expected a PartnerError, got ${String(error)}`);
  return error;
}

beforeEach(async () => {
  sim = createWemaloSimulator({ seed: 7 });
  server = await serveFetchHandler(sim.handle);
  ctx = wemaloTestContext({ apiUrl: `${server.url}/sandbox/wemalo/v1`, apiToken: SANDBOX_WEMALO_TOKEN });
  expect(await warehouse.upsertProducts!(ctx, { products: catalog })).toEqual([
    { sku: "SKU-1", outcome: "updated" },
    { sku: "SKU-2", outcome: "updated" },
  ]);
});
afterEach(() => server.close());

describe("wemalo connector against the simulator: orders", () => {
  it("tests the connection: shop and dispatcher profiles", async () => {
    const result = await wemaloConnector.testConnection(ctx);
    expect(result.account).toEqual({ id: "sandbox-shop", name: "sandbox-shop" });
    expect(result.discovered.shippingProfiles).toContainEqual({ id: "dhl_paket", label: "DHL Geschäftsversand – V01PAK", details: { dispatcher: "DHL Geschäftsversand", product: "V01PAK" } });
    expect(result.discovered.shippingProfiles?.map((p) => p.id)).toEqual(["dhl_paket", "dhl_international", "dpd_classic", "dpd_cod", "gls"]);
  });

  it("submits an order once, however often it is sent", async () => {
    const first = await warehouse.submitOrder(ctx, { order: canonicalOrder(), shippingCode: "dhl_paket" });
    const second = await warehouse.submitOrder(ctx, { order: canonicalOrder(), shippingCode: "dhl_paket" });
    expect(first).toEqual({ warehouseRef: expect.any(String), status: "accepted", created: true });
    expect(second).toEqual({ ...first, created: false });
    const orders = sim.control.orders();
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ externalId: "1001", dispatcherProfile: "dhl_paket" });
    expect((orders[0]!.received as { meta: { receiver: Array<{ name1: string }> } }).meta.receiver.map((r) => r.name1)).toEqual(["Jürgen Weiß", "Zoë Müller"]);
  });

  it("keeps one order when we crashed after wemalo took it", async () => {
    await api.addConditional(ctx, toWemaloOrder(canonicalOrder(), {}));
    const retry = await warehouse.submitOrder(ctx, { order: canonicalOrder() });
    expect(retry).toMatchObject({ created: false, status: "accepted" });
    expect(sim.control.orders()).toHaveLength(1);
  });

  it("repeats the conditional add when its answer is garbled, still one order", async () => {
    let garbled = 0;
    const flaky: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith("/goodsOrder/addConditional") && garbled++ === 0) return new Response('{"Success":tr', { status: 200 });
      return response;
    };
    const flakyCtx = wemaloTestContext({ apiUrl: ctx.credentials.apiUrl, apiToken: SANDBOX_WEMALO_TOKEN, fetch: flaky });
    expect(await warehouse.submitOrder(flakyCtx, { order: canonicalOrder() })).toMatchObject({ created: true });
    expect(flakyCtx.requestLog.entries.filter((e) => e.operation === "submit order").map((e) => e.errorKind)).toEqual(["transient", undefined]);
    expect(sim.control.orders()).toHaveLength(1);
  });

  it("turns an unknown SKU into needs_merchant naming the SKU", async () => {
    const order = canonicalOrder("1002");
    order.lines[1]!.sku = "SKU-404";
    const error = await failure(warehouse.submitOrder(ctx, { order }));
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "unknown_sku", message: "unknown SKU SKU-404" });
    expect(sim.control.orders()).toHaveLength(0);
  });

  it("reports an address wemalo cannot use, and sends the order again once fixed", async () => {
    const order = canonicalOrder("1003");
    const bad = { ...order, deliveryAddress: { ...order.deliveryAddress, postalCode: "1062" } };
    expect((await warehouse.submitOrder(ctx, { order: bad })).status).toBe("error_address");
    const fixed = await warehouse.submitOrder(ctx, { order });
    expect(fixed).toMatchObject({ status: "accepted", created: false });
    expect(sim.control.order("1003")?.statusName).toBe("OPEN");
  });

  it("reads one order's status with the reason", async () => {
    await warehouse.submitOrder(ctx, { order: canonicalOrder() });
    sim.control.outOfStock("1001");
    const change = await warehouse.getOrderStatus!(ctx, { order: { sourceRef: "plenty-1001", orderNumber: "1001" } });
    expect(change).toMatchObject({ status: "error_stock", partnerStatus: { code: "100", label: "PARTIAL" }, order: { sourceRef: "plenty-1001", orderNumber: "1001" } });
    expect(await warehouse.getOrderStatus!(ctx, { order: { sourceRef: "x", orderNumber: "nope" } })).toBeNull();
  });

  it("cancels while wemalo has not started and says too late after", async () => {
    await warehouse.submitOrder(ctx, { order: canonicalOrder("2001") });
    await warehouse.submitOrder(ctx, { order: canonicalOrder("2002") });
    const ref = (n: string) => ({ sourceRef: `plenty-${n}`, orderNumber: n });
    expect(await warehouse.cancelOrder(ctx, { order: ref("2001"), reason: "customer" })).toEqual({ outcome: "cancelled" });
    expect(await warehouse.cancelOrder(ctx, { order: ref("2001") })).toEqual({ outcome: "already_cancelled" });
    sim.control.pack("2002");
    expect(await warehouse.cancelOrder(ctx, { order: ref("2002") })).toEqual({ outcome: "too_late", message: "too late: the warehouse has started (wemalo status PACKED)" });
    expect(sim.control.order("2002")?.statusName).toBe("PACKED");
    expect((await warehouse.cancelOrder(ctx, { order: ref("2999") })).outcome).toBe("not_found");
  });

  it("upserts products and reads available stock", async () => {
    await warehouse.upsertProducts!(ctx, { products: [{ ...catalog[0]!, name: "Tasse neu" }] });
    expect(sim.control.products().find((p) => p.sku === "SKU-1")?.name).toBe("Tasse neu");
    sim.control.setStock("SKU-1", 12);
    await warehouse.submitOrder(ctx, { order: canonicalOrder() });
    const levels = await warehouse.getStockLevels!(ctx, { skus: ["SKU-1"] });
    expect(levels).toEqual([{ sku: "SKU-1", available: 10, observedAt: expect.any(String) }]);
  });

  it("reports a product wemalo refuses without failing the others", async () => {
    sim.control.putProduct({ externalId: "OTHER", sku: "SKU-TAKEN" });
    const results = await warehouse.upsertProducts!(ctx, { products: [catalog[0]!, { sku: "SKU-TAKEN", name: "clash", barcodes: [], active: true }] });
    expect(results[0]).toEqual({ sku: "SKU-1", outcome: "updated" });
    expect(results[1]).toMatchObject({ sku: "SKU-TAKEN", outcome: "failed", error: "sku has to be unique" });
  });
});
