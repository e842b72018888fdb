import { afterEach, describe, expect, it } from "vitest";
import { demoDelivery } from "./order-input";
import { startSimulator } from "./testing";

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;
afterEach(async () => sim?.close());

type Page = { page: number; totalsCount: number; isLastPage: boolean; lastPageNumber: number; itemsPerPage: number; entries: Record<string, unknown>[] };

describe("plentymarkets simulator: orders", () => {
  it("pages through the orders in one status with the real envelope", async () => {
    sim = await startSimulator();
    const ready = sim.control.createOrders(7);
    sim.control.createOrders(2, { statusId: 5.1 });
    const access = await sim.token();
    const get = async (page: number) =>
      (await (await sim.call("GET", `/rest/orders?statusFrom=5&statusTo=5&itemsPerPage=3&page=${page}`, access)).json()) as Page;

    const first = await get(1);
    expect(first).toMatchObject({ page: 1, totalsCount: 7, isLastPage: false, lastPageNumber: 3, itemsPerPage: 3 });
    expect(first.entries).toHaveLength(3);
    const last = await get(3);
    expect(last.isLastPage).toBe(true);
    expect(last.entries).toHaveLength(1);
    const ids = [...first.entries, ...(await get(2)).entries, ...last.entries].map((e) => e.id);
    expect(ids.sort()).toEqual(ready.map((o) => o.id).sort());
  });

  it("loads addresses and variations only when asked, keeping non-ASCII names", async () => {
    sim = await startSimulator();
    const created = sim.control.createOrder({ delivery: demoDelivery });
    const access = await sim.token();
    const bare = (await (await sim.call("GET", `/rest/orders/${created.id}`, access)).json()) as Record<string, unknown>;
    expect(bare.addresses).toBeUndefined();
    expect(bare.addressRelations).toHaveLength(2);

    const full = (await (
      await sim.call("GET", `/rest/orders/${created.id}?with[]=addresses&with[]=orderItems.variation`, access)
    ).json()) as { addresses: Record<string, unknown>[]; orderItems: { typeId: number; variation?: { number: string } }[] };
    expect(full.addresses.map((a) => a.name2)).toEqual(["Jürgen", "Åsa"]);
    expect(full.addresses[1]).toMatchObject({ name3: "Øberg-Lindström", town: "Malmö", countryId: 24 });
    expect(full.orderItems.filter((i) => i.typeId === 1).map((i) => i.variation?.number)).toEqual(["TS-BLK-M", "CAP-GRN"]);

    const commaStyle = (await (await sim.call("GET", `/rest/orders/${created.id}?with=addresses,shippingPackages`, access)).json()) as Record<string, unknown>;
    expect(commaStyle.addresses).toHaveLength(2);
    expect(commaStyle.shippingPackages).toEqual([]);
  });

  it("filters by updatedAtFrom and by warehouse", async () => {
    sim = await startSimulator();
    const old = sim.control.createOrder({ warehouseId: 1 });
    sim.control.advanceTime(3_600_000);
    const fresh = sim.control.createOrder();
    const access = await sim.token();
    const since = encodeURIComponent("2025-03-03T09:30:00+00:00");
    const changed = (await (await sim.call("GET", `/rest/orders?updatedAtFrom=${since}`, access)).json()) as Page;
    expect(changed.entries.map((e) => e.id)).toEqual([fresh.id]);
    const inYsws = (await (await sim.call("GET", "/rest/orders?warehouseId=104", access)).json()) as Page;
    expect(inYsws.entries.map((e) => e.id)).toEqual([fresh.id]);
    expect(old.id).not.toBe(fresh.id);
    expect((await sim.call("GET", "/rest/orders?updatedAtFrom=yesterday", access)).status).toBe(422);
  });

  it("changes the status by PUT and records it; refuses a status the tenant has not defined", async () => {
    sim = await startSimulator();
    const order = sim.control.createOrder();
    const access = await sim.token();
    const res = await sim.call("PUT", `/rest/orders/${order.id}`, access, { statusId: 5.1 });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Record<string, unknown>).statusId).toBe(5.1);
    expect(sim.control.statusOf(order.id)).toBe(5.1);
    expect(sim.control.statusHistory(order.id).map((h) => h.statusId)).toEqual([5, 5.1]);

    const bad = await sim.call("PUT", `/rest/orders/${order.id}`, access, { statusId: 5.77 });
    expect(bad.status).toBe(422);
    expect(sim.control.statusOf(order.id)).toBe(5.1);
    expect((await sim.call("PUT", "/rest/orders/999999", access, { statusId: 7 })).status).toBe(404);
  });

  it("writes shipping packages and lists their package numbers", async () => {
    sim = await startSimulator();
    const order = sim.control.createOrder();
    const access = await sim.token();
    for (const number of ["00340434161234567890", "00340434161234567891"]) {
      const res = await sim.call("POST", `/rest/orders/${order.id}/shipping/packages`, access, {
        packageId: 1, packageNumber: number, weight: 1200, packageType: 26,
      });
      expect(res.status).toBe(200);
    }
    expect(sim.control.packages(order.id).map((p) => p.packageNumber)).toEqual(["00340434161234567890", "00340434161234567891"]);
    const numbers = await (await sim.call("GET", `/rest/orders/${order.id}/packagenumbers`, access)).json();
    expect(numbers).toEqual(["00340434161234567890", "00340434161234567891"]);
    const missing = await sim.call("POST", `/rest/orders/${order.id}/shipping/packages`, access, { packageNumber: "X" });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { validation_errors: Record<string, unknown> }).validation_errors).toHaveProperty("packageId");
  });

  it("lets the merchant cancel and return orders", async () => {
    sim = await startSimulator();
    const a = sim.control.createOrder();
    const b = sim.control.createOrder();
    sim.control.cancelOrder(a.id);
    sim.control.returnOrder(b.id);
    const access = await sim.token();
    const cancelled = (await (await sim.call("GET", "/rest/orders?statusFrom=8&statusTo=8", access)).json()) as Page;
    expect(cancelled.entries.map((e) => e.id)).toEqual([a.id]);
    expect(sim.control.statusOf(b.id)).toBe(9);
  });
});

describe("plentymarkets simulator: the tenant's setup", () => {
  it("lists statuses, warehouses, storage locations, shipping profiles and the plentyId", async () => {
    sim = await startSimulator();
    const access = await sim.token();
    const statuses = (await (await sim.call("GET", "/rest/orders/statuses?itemsPerPage=100", access)).json()) as Page;
    expect(statuses.entries.map((s) => s.statusId)).toEqual(expect.arrayContaining([5, 5.1, 6.2, 6.3, 8, 8.8, 9]));
    expect(statuses.entries.find((s) => s.statusId === 5)).toMatchObject({ names: { de: "Freigabe Versand" } });

    const warehouses = (await (await sim.call("GET", "/rest/stockmanagement/warehouses", access)).json()) as { id: number }[];
    expect(Array.isArray(warehouses)).toBe(true);
    expect(warehouses.map((w) => w.id)).toContain(104);

    const locations = (await (await sim.call("GET", "/rest/stockmanagement/warehouses/104/management/storageLocations", access)).json()) as Page;
    expect(locations.entries.map((l) => l.id)).toEqual([12, 13]);

    const presets = (await (await sim.call("GET", "/rest/orders/shipping/presets", access)).json()) as { backendName: string }[];
    expect(presets.map((p) => p.backendName)).toContain("DHL Paket");

    const stores = (await (await sim.call("GET", "/rest/webstores", access)).json()) as { storeIdentifier: number }[];
    expect(stores[0]?.storeIdentifier).toBe(41_234);
  });
});
