import { and, eq, inArray } from "drizzle-orm";
import { withTenant } from "@/db";
import { exceptions, orders, shipments } from "@/db/schema";
import type { SoakTenant } from "./tenant";

/** plentymarkets' "shipped" status, where a fully written-back order ends. */
const SHIPPED_AT_SOURCE = 7;

export interface TenantCheck {
  orders: number;
  /** Created at the shop, but missing in Lagerbro or at the warehouse. */
  lost: number;
  /** Warehouse orders beyond one per order number (from the warehouse's own books). */
  createdTwice: number;
  /** Packages at the shop beyond one per tracking number (from the shop's own books). */
  writtenBackTwice: number;
  /** Not shipped and written back everywhere: shop status, Lagerbro's order and shipment rows, warehouse. */
  wrongState: number;
  openExceptions: number;
  /** Source ref → ms from creation at the shop to settled in Lagerbro. */
  settleMs: Map<string, number>;
  /** Latest settled_at (ms since epoch), and how long that order took from creation at the shop. */
  lastSettledAt: number;
  lastSettleMs: number;
  /** A few refs per failed invariant, to start looking. */
  examples: string[];
}

/**
 * The four invariants of one tenant, each read from the partners' own state (the simulators'
 * books) and the database, not from Lagerbro's counters: every order the shop made exists once
 * in Lagerbro and once at the warehouse, its shipment reached the shop once, and all three agree
 * it was shipped.
 */
export async function checkTenant(t: SoakTenant): Promise<TenantCheck> {
  const refs = t.plenty.control.orderIds().map(String);
  const { rows, ships, openExceptions } = await withTenant(t.tenantId, async (tx) => {
    const rows = await tx.select().from(orders).where(eq(orders.linkId, t.linkId));
    const ids = rows.map((r) => r.id);
    const ships = ids.length ? await tx.select().from(shipments).where(inArray(shipments.orderId, ids)) : [];
    const open = await tx.select({ id: exceptions.id }).from(exceptions).where(and(eq(exceptions.linkId, t.linkId), eq(exceptions.status, "open")));
    return { rows, ships, openExceptions: open.length };
  });
  const bySourceRef = new Map(rows.map((r) => [r.sourceRef, r]));
  const shipmentsOf = new Map<string, typeof ships>();
  for (const s of ships) shipmentsOf.set(s.orderId, [...(shipmentsOf.get(s.orderId) ?? []), s]);

  const atWarehouse = new Map<string, number>();
  for (const n of t.warehouse.orderNumbers()) atWarehouse.set(n, (atWarehouse.get(n) ?? 0) + 1);
  const shippedAtWarehouse = t.warehouse.shipped();

  const check: TenantCheck = { orders: refs.length, lost: 0, createdTwice: 0, writtenBackTwice: 0, wrongState: 0, openExceptions, settleMs: new Map(), lastSettledAt: 0, lastSettleMs: 0, examples: [] };
  const note = (what: string, ref: string) => {
    if (check.examples.length < 5) check.examples.push(`${what} ${ref}`);
  };
  for (const ref of refs) {
    const row = bySourceRef.get(ref);
    const number = row?.orderNumber ?? ref;
    const copies = atWarehouse.get(number) ?? 0;
    if (!row || copies === 0) {
      check.lost += 1;
      note("lost", ref);
    }
    if (copies > 1) {
      check.createdTwice += copies - 1;
      note("created twice", ref);
    }
    const packages = t.plenty.control.packages(Number(ref)).map((p) => p.packageNumber);
    const extra = packages.length - new Set(packages).size;
    if (extra > 0) {
      check.writtenBackTwice += extra;
      note("written back twice", ref);
    }
    const own = row ? (shipmentsOf.get(row.id) ?? []) : [];
    const settled =
      row?.status === "shipped" &&
      row.settledAt !== null &&
      own.length > 0 &&
      own.every((s) => s.writtenBackAt !== null) &&
      packages.length > 0 &&
      t.plenty.control.statusOf(Number(ref)) === SHIPPED_AT_SOURCE &&
      shippedAtWarehouse.has(number);
    if (!settled) {
      check.wrongState += 1;
      note(`wrong state (${row?.status ?? "missing"}, shop ${t.plenty.control.statusOf(Number(ref))})`, ref);
    }
    if (row?.settledAt) {
      const settledAt = row.settledAt.getTime();
      const created = t.createdAt.get(ref);
      if (created !== undefined) check.settleMs.set(ref, settledAt - created);
      if (settledAt > check.lastSettledAt) {
        check.lastSettledAt = settledAt;
        check.lastSettleMs = created === undefined ? 0 : settledAt - created;
      }
    }
  }
  return check;
}
