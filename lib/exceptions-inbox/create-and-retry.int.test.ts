import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { exceptions } from "@/db/schema";
import { tenantWithLink } from "@/lib/orders-query/testing";
import { intakeLink } from "@/lib/pipeline/intake";
import { drainOutbox, orderBySourceRef, pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { createProductsAndRetry } from "./create-and-retry";

let world: WemaloWorld;
let orderId: string;
let sourceRef: string;
let unknownSku: string;

async function openExceptionsOf(id: string) {
  return withTenant(world.tenantId, (tx) => tx.select().from(exceptions).where(and(eq(exceptions.orderId, id), eq(exceptions.status, "open"))));
}

beforeAll(async () => {
  world = await pipelineWorld("wemalo");
  const view = world.plenty.control.createOrder({ lines: [{ sku: "CAP-GRN", quantity: 1 }, { sku: "NEU-7", quantity: 1, name: "Lunch box" }] });
  await intakeLink(world.tenantId, world.linkId);
  await drainOutbox(world.tenantId);
  const order = await orderBySourceRef(world.tenantId, world.linkId, String(view.id));
  orderId = order.id;
  sourceRef = order.sourceRef;
  const [open] = await openExceptionsOf(orderId);
  expect(open).toMatchObject({ kind: "unknown_sku" });
  unknownSku = open!.id;
});

afterAll(async () => {
  await world?.close();
});

describe("createProductsAndRetry", () => {
  it("another team's ids and other kinds do nothing", async () => {
    const other = await tenantWithLink("Create-and-retry B");
    expect(await createProductsAndRetry(other.tenantId, [unknownSku])).toEqual({ retried: [], refused: [], skipped: 1 });
    expect(world.wemalo.control.products().some((p) => p.sku === "NEU-7")).toBe(false);
    expect(await openExceptionsOf(orderId)).toHaveLength(1);
  });

  it("creates the order's unknown product at the warehouse and sends the order again, once for repeated ids", async () => {
    const outcome = await createProductsAndRetry(world.tenantId, [unknownSku, unknownSku, "not-an-id"]);
    expect(outcome.retried).toHaveLength(1);
    expect(outcome.retried[0]!.created).toContain("NEU-7");
    expect(outcome).toMatchObject({ refused: [], skipped: 2 });
    expect(world.wemalo.control.products().find((p) => p.sku === "NEU-7")).toMatchObject({ name: "Lunch box" });
    await drainOutbox(world.tenantId);
    const sent = await orderBySourceRef(world.tenantId, world.linkId, sourceRef);
    expect(sent.status).not.toBe("exception");
    expect(sent.warehouseRef).toBeTruthy();
    expect(await openExceptionsOf(orderId)).toHaveLength(0);
    // Fixed already: a second click finds nothing left to do.
    expect(await createProductsAndRetry(world.tenantId, [unknownSku])).toEqual({ retried: [], refused: [], skipped: 1 });
  });
});
