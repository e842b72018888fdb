import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { caught, orderFixture, webshipperHarness, type WebshipperHarness } from "./testing";
import { webshipperConnector } from "./index";

const ops = webshipperConnector.warehouse!;
const markSent = ops.markSent!;

/** Seed 002: an order shipped in Rackbeat first is marked dispatched in Webshipper, never one Webshipper shipped or cancelled itself. */
describe("Webshipper markSent, against the simulator over HTTP", () => {
  let h: WebshipperHarness;
  let servers: RunningServer[] = [];
  beforeEach(async () => {
    h = await webshipperHarness();
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
    await h.close();
  });

  const patches = () => h.sim.control.requests().filter((r) => r.method === "PATCH");
  const submitted = async (orderNumber = "4711") => {
    const { warehouseRef } = await ops.submitOrder(h.ctx, { order: orderFixture({ orderNumber }), shippingCode: "6" });
    return { orderNumber, sourceRef: orderNumber, warehouseRef };
  };
  /** A context whose Webshipper answers PATCHes with `answer` (status, body) instead of the simulator. */
  const answeringPatch = async (answer: (id: number) => { status: number; body: unknown }) => {
    const server = await serveFetchHandler(async (request) => {
      if (request.method !== "PATCH") return h.sim.handle(request);
      const { status, body } = answer(Number(new URL(request.url).pathname.split("/").at(-1)));
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/vnd.api+json" } });
    });
    servers.push(server);
    return h.contextFor({ apiUrl: h.sim.control.baseUrl(server.url) });
  };

  it("marks a pending order dispatched with one PATCH; asked again, it is already sent and nothing is sent", async () => {
    const ref = await submitted();
    expect(await markSent(h.ctx, { order: ref })).toEqual({ outcome: "marked", partnerStatus: "dispatched" });
    expect(h.sim.control.order(Number(ref.warehouseRef)).attributes.status).toBe("dispatched");
    expect(await markSent(h.ctx, { order: ref })).toEqual({ outcome: "already_sent", partnerStatus: "dispatched" });
    expect(patches()).toHaveLength(1);
  });

  it("leaves an order Webshipper shipped or cancelled itself alone, and says so for one it does not have", async () => {
    const shipped = await submitted("S-1");
    h.sim.control.ship(Number(shipped.warehouseRef));
    expect(await markSent(h.ctx, { order: shipped })).toEqual({ outcome: "already_sent", partnerStatus: "dispatched" });
    const cancelled = await submitted("C-1");
    await ops.cancelOrder(h.ctx, { order: cancelled });
    const before = patches().length;
    expect(await markSent(h.ctx, { order: cancelled })).toEqual({ outcome: "cancelled", partnerStatus: "cancelled" });
    expect(await markSent(h.ctx, { order: { orderNumber: "nope", sourceRef: "nope" } })).toEqual({ outcome: "not_found" });
    expect(patches()).toHaveLength(before);
  });

  it("marks a partly dispatched order: the rest left from Rackbeat and must not be shipped again", async () => {
    const ref = await submitted();
    h.sim.control.ship(Number(ref.warehouseRef), [{ lines: [{ sku: orderFixture().lines[0]!.sku, quantity: 1 }] }]);
    expect(h.sim.control.order(Number(ref.warehouseRef)).attributes.status).toBe("partly_dispatched");
    expect((await markSent(h.ctx, { order: ref })).outcome).toBe("marked");
    expect(() => h.sim.control.ship(Number(ref.warehouseRef))).toThrow(/Everything on this order has been shipped/);
  });

  it("a 200 that kept the order pending is a permanent refusal, not a success", async () => {
    const ref = await submitted();
    const ctx = await answeringPatch((id) => ({ status: 200, body: { data: h.sim.control.order(id) } }));
    const error = await caught(markSent(ctx, { order: ref }));
    expect([error.kind, error.reason]).toEqual(["permanent", "rejected"]);
    expect(error.message).toMatch(/kept order 4711 pending/);
  });

  it("an answer of an unknown shape or status is a classified malformed_response, never a crash", async () => {
    const ref = await submitted();
    const odd = await answeringPatch((id) => ({ status: 200, body: { data: { ...h.sim.control.order(id), attributes: { ...h.sim.control.order(id).attributes, status: "sent_by_carrier_pigeon" } } } }));
    const first = await caught(markSent(odd, { order: ref }));
    expect([first.kind, first.reason]).toEqual(["transient", "malformed_response"]);
    const empty = await answeringPatch(() => ({ status: 200, body: { ok: true } }));
    const second = await caught(markSent(empty, { order: ref }));
    expect([second.kind, second.reason]).toEqual(["transient", "malformed_response"]);
  });

  it("a 422 is a permanent refusal with Webshipper's reason, unless the order was shipped meanwhile", async () => {
    const ref = await submitted();
    const refused = await answeringPatch(() => ({ status: 422, body: { errors: [{ title: "Unprocessable Entity", detail: "The order is locked" }] } }));
    const error = await caught(markSent(refused, { order: ref }));
    expect([error.kind, error.reason]).toEqual(["permanent", "rejected"]);
    expect(error.message).toMatch(/The order is locked/);

    const racing = await answeringPatch((id) => {
      h.sim.control.ship(id);
      return { status: 422, body: { errors: [{ title: "Unprocessable Entity", detail: "already dispatched" }] } };
    });
    expect(await markSent(racing, { order: ref })).toEqual({ outcome: "already_sent", partnerStatus: "dispatched" });
  });
});
