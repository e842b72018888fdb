import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startRackbeat, type RackbeatTestServer } from "./testing";

describe("Rackbeat simulator", () => {
  let rb: RackbeatTestServer;
  beforeEach(async () => {
    rb = await startRackbeat();
  });
  afterEach(() => rb.close());

  const seed = () => {
    rb.sim.control.addProduct({ number: "A", name: "Æble", salesPrice: 10, weightGrams: 200 });
    rb.sim.control.addProduct({ number: "B", name: "Bær", salesPrice: 5 });
    const customer = rb.sim.control.addCustomer({ name: "Jørgen", email: "j@example.dk" });
    return rb.sim.control.createOrder({ customerNumber: customer.number, deliveryAddress: { name: "Jørgen", street: "Vej 1", zipcode: "8000", city: "Aarhus", country: "DK" }, lines: [{ productNumber: "A", quantity: 2 }, { productNumber: "B", quantity: 1 }] });
  };

  it("refuses a wrong token with 401 and sends rate-limit headers on every answer", async () => {
    expect((await rb.call("GET", "/orders", undefined, "nope")).status).toBe(401);
    const ok = await rb.call("GET", "/orders");
    expect(ok.headers.get("x-ratelimit-limit")).toBe("480");
    expect(Number(ok.headers.get("x-ratelimit-remaining"))).toBeLessThan(480);
  });

  it("pages lists with page and limit and says how many pages there are", async () => {
    for (let i = 0; i < 5; i++) seed();
    const res = await rb.call("GET", "/orders?limit=2&page=3&order_direction=asc");
    expect([res.body.orders.length, res.body.pages, res.body.page, res.body.total]).toEqual([1, 3, 3, 5]);
  });

  it("ships part of a booked order, then the rest, and tracks partly/fully shipped", async () => {
    const order = seed();
    const lineA = order.lines.find((l) => l.item.number === "A")!;
    const part = await rb.call("POST", `/orders/${order.number}/create-shipment`, { lines: [{ line_id: lineA.id, quantity: 2 }] });
    expect(part.status).toBe(201);
    await rb.call("POST", `/orders/shipments/${part.body.order_shipment.id}/mark-shipped`, { pick: true });
    expect((await rb.call("GET", `/orders/${order.number}`)).body.order.is_partly_shipped).toBe(true);
    const rest = await rb.call("POST", `/orders/${order.number}/create-shipment`, {});
    expect(rest.body.order_shipment.lines).toEqual([expect.objectContaining({ item_number: "B", quantity: 1 })]);
    await rb.call("POST", `/orders/shipments/${rest.body.order_shipment.id}/mark-shipped`, { pick: true });
    const done = (await rb.call("GET", `/orders/${order.number}`)).body.order;
    expect([done.is_shipped, done.is_partly_shipped]).toEqual([true, false]);
  });

  it("validates drafts: unknown product and customer are 422 with field errors", async () => {
    const res = await rb.call("POST", "/orders/drafts", { customer_id: 1, lines: [{ product_id: "NOPE", quantity: 1 }] });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toEqual(expect.arrayContaining(["customer_id", "lines.0.product_id"]));
  });

  it("refuses to ship a draft that is not booked", async () => {
    rb.sim.control.addProduct({ number: "A", name: "A" });
    const c = rb.sim.control.addCustomer({ name: "X" });
    const draft = rb.sim.control.createOrder({ customerNumber: c.number, deliveryAddress: {}, lines: [{ productNumber: "A", quantity: 1 }], booked: false });
    expect((await rb.call("POST", `/orders/${draft.number}/create-shipment`, {})).status).toBe(422);
  });

  it("serves stock per location and moves it by inventory adjustment, refusing one below 0 or at an unknown location", async () => {
    rb.sim.control.addProduct({ number: "A", name: "A" });
    rb.sim.control.setStock("A", "2", 4);
    const locations = await rb.call("GET", "/products/A/locations");
    expect(locations.body.product_locations.map((l: { number: string; stock_quantity: number }) => [l.number, l.stock_quantity])).toEqual([
      ["1", 0],
      ["2", 4],
    ]);
    const adjust = (body: Record<string, unknown>) => rb.call("POST", "/inventory-adjustment", { item_type: "product", item_number: "A", reason: "count", ...body });
    const ok = await adjust({ location_number: "2", quantity: -3 });
    expect([ok.status, ok.body.inventory_adjustment.lines[0].quantity]).toEqual([201, -3]);
    expect((await rb.call("GET", "/products/A/locations/2")).body.product_location.stock_quantity).toBe(1);
    expect((await adjust({ location_number: "2", quantity: -2 })).status).toBe(422);
    expect(Object.keys((await adjust({ location_number: "9", quantity: 1 })).body.errors)).toEqual(["location_number"]);
    expect((await rb.call("GET", "/products/A/locations/9")).status).toBe(404);
    expect((await rb.call("GET", "/products/NOPE/locations/1")).status).toBe(404);
  });
});
