import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { connections, exceptions, linkProducts } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { createConnection } from "@/lib/connections/store";
import { createLink } from "@/lib/pipeline/links";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createRackbeatSimulator, DEFAULT_TOKEN as RB_TOKEN, type RackbeatSimulator } from "@/lib/sandbox/rackbeat";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN, type WemaloSimulator } from "@/lib/sandbox/wemalo";
import { syncStock } from "@/lib/stock/sync";
import { syncProducts } from "./sync";

/**
 * Issue 8, "Rackbeat where it applies": a Rackbeat merchant whose goods sit at wemalo. Rackbeat's
 * products are created at wemalo and wemalo's stock is booked into Rackbeat at the connection's
 * location, both simulators over real HTTP and reached through stored connections.
 * (pipelineWorld builds a plentymarkets shop; this world is its Rackbeat counterpart.)
 */
interface World {
  tenantId: string;
  linkId: string;
  rb: RackbeatSimulator;
  wemalo: WemaloSimulator;
}

let servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const LOCATION = "2";

async function world(): Promise<World> {
  const rb = createRackbeatSimulator({ seed: 8 });
  const wemalo = createWemaloSimulator({ basePath: "", seed: 8, rateLimit: { maxCalls: 100_000 } });
  const [rbServer, wemaloServer] = [await serveFetchHandler(rb.handle), await serveFetchHandler(wemalo.handle)];
  servers.push(rbServer, wemaloServer);
  const { tenantId } = await signUpOwner("Rackbeat wemalo ApS");
  const source = await createConnection(tenantId, { connectorId: "rackbeat", label: "Rackbeat", credentials: { apiToken: RB_TOKEN, apiUrl: rb.control.baseUrl(rbServer.url) } });
  await withTenant(tenantId, (tx) => tx.update(connections).set({ settings: { stockLocation: LOCATION } }).where(eq(connections.id, source.id)));
  const warehouse = await createConnection(tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${wemaloServer.url}/v1` } });
  const link = await createLink(tenantId, { name: "Rackbeat → wemalo", sourceConnectionId: source.id, warehouseConnectionId: warehouse.id, mappings: {} });
  return { tenantId, linkId: link.id, rb, wemalo };
}

const rows = (w: World) => withTenant(w.tenantId, (tx) => tx.select().from(linkProducts).where(eq(linkProducts.linkId, w.linkId)));

describe("product and stock sync, Rackbeat → wemalo", () => {
  it("creates Rackbeat's products at wemalo, then only what changed; books wemalo's stock at the connection's Rackbeat location", async () => {
    const w = await world();
    for (let i = 1; i <= 60; i++) w.rb.control.addProduct({ number: `RB-${String(i).padStart(3, "0")}`, name: `Æblemost ${i}`, weightGrams: 1000 + i });

    const full = await syncProducts(w.tenantId, w.linkId);
    expect(full).toMatchObject({ outcome: "synced", read: 60, sent: 60, rejected: 0 });
    const atWarehouse = new Map(w.wemalo.control.products().map((p) => [p.sku, p]));
    expect(atWarehouse.size).toBe(60);
    expect(atWarehouse.get("RB-007")).toMatchObject({ name: "Æblemost 7" });
    expect((await rows(w)).every((r) => r.warehouseState === "synced")).toBe(true);

    // One product renamed in Rackbeat: the next sync sends it alone.
    w.rb.control.addProduct({ number: "RB-042", name: "Æblemost 42, ny etiket" });
    w.wemalo.control.clearCalls();
    expect(await syncProducts(w.tenantId, w.linkId)).toMatchObject({ outcome: "synced", sent: 1, rejected: 0 });
    expect(w.wemalo.control.products().find((p) => p.sku === "RB-042")?.name).toBe("Æblemost 42, ny etiket");

    // wemalo's stock goes to Rackbeat's location 2 by adjustment; location 1 is left alone.
    w.rb.control.setStock("RB-001", LOCATION, 50);
    w.rb.control.setStock("RB-001", "1", 7);
    w.wemalo.control.setStock("RB-001", 12);
    w.wemalo.control.setStock("RB-002", 30);
    const first = await syncStock(w.tenantId, w.linkId);
    expect(first).toMatchObject({ outcome: "synced", failed: 0 });
    expect([w.rb.control.stockAt("RB-001", LOCATION), w.rb.control.stockAt("RB-002", LOCATION), w.rb.control.stockAt("RB-001", "1")]).toEqual([12, 30, 7]);
    expect(w.rb.control.adjustments().filter((a) => a.item_number === "RB-001")).toEqual([expect.objectContaining({ location_number: LOCATION, quantity: -38 })]);

    const [row] = await withTenant(w.tenantId, (tx) => tx.select().from(linkProducts).where(and(eq(linkProducts.linkId, w.linkId), eq(linkProducts.sku, "RB-002"))));
    expect(row).toMatchObject({ warehouseQty: 30, sourceQty: 30 });

    // A refused adjustment becomes the link's partner_error exception, with Rackbeat's reason.
    w.rb.control.refuseAdjustments("RB-003", "Products tracked by lot must be adjusted per lot.");
    w.wemalo.control.setStock("RB-003", 9);
    w.wemalo.control.setStock("RB-002", 31);
    const second = await syncStock(w.tenantId, w.linkId);
    expect(second).toMatchObject({ failed: 1 });
    expect(w.rb.control.stockAt("RB-002", LOCATION)).toBe(31);
    const open = await withTenant(w.tenantId, (tx) => tx.select().from(exceptions).where(and(eq(exceptions.linkId, w.linkId), eq(exceptions.status, "open"))));
    expect(open).toEqual([expect.objectContaining({ kind: "partner_error" })]);
    expect(JSON.stringify(open[0])).toContain("adjusted per lot");
  });
});
