import { CARRIERS } from "./facts";
import type { Result } from "./order-writes";
import type { StoredOrder, StoredPackage, StoredShipment, WebshipperStore } from "./store";

/** What goes into one package: order lines by SKU (or line id) and quantity. Omitted: everything left. */
export interface PackageSpec {
  weight?: number;
  /** A barcode made outside Webshipper (`predefined_barcode` [W2] Packages.md) becomes the tracking number. */
  trackingNumber?: string;
  lines?: { sku?: string; orderLineId?: number; quantity: number }[];
}

/**
 * Books a shipment for an order: one tracking link per package, the lines marked dispatched, the
 * order `dispatched` or `partly_dispatched`. [W2] Shipments.md (at least one package), Orders.md.
 */
export function createShipment(store: WebshipperStore, order: StoredOrder, specs: PackageSpec[], reference?: string | null): Result<StoredShipment> {
  if (order.status === "cancelled") return { ok: false, status: 422, title: "Unprocessable Entity", detail: "The order is cancelled" };
  if (specs.length === 0) return { ok: false, status: 422, title: "Unprocessable Entity", detail: "At least one package is required", pointer: "/data/attributes/packages" };
  const left = new Map(order.lines.map((l) => [l.id, l.quantity - l.dispatched]));
  const packages: StoredPackage[] = [];
  for (const spec of specs) {
    const wanted: NonNullable<PackageSpec["lines"]> = spec.lines ?? order.lines.map((l) => ({ orderLineId: l.id, quantity: left.get(l.id) ?? 0 })).filter((l) => l.quantity > 0);
    const lines: StoredPackage["lines"] = [];
    for (const w of wanted) {
      const line = order.lines.find((l) => (w.orderLineId !== undefined ? l.id === w.orderLineId : l.sku === w.sku) && (left.get(l.id) ?? 0) > 0);
      if (!line || (left.get(line.id) ?? 0) < w.quantity) {
        return { ok: false, status: 422, title: "Unprocessable Entity", detail: `Nothing left to ship for ${w.sku ?? w.orderLineId}` };
      }
      left.set(line.id, left.get(line.id)! - w.quantity);
      lines.push({ orderLineId: line.id, sku: line.sku, quantity: w.quantity });
    }
    const weight = spec.weight ?? lines.reduce((sum, l) => sum + (order.lines.find((o) => o.id === l.orderLineId)?.weight ?? 0) * l.quantity, 0);
    packages.push({ weight, weight_unit: "g", trackingNumber: spec.trackingNumber ?? String(store.nextId("tracking")).padStart(11, "0"), lines });
  }
  if (packages.every((p) => p.lines.length === 0)) return { ok: false, status: 422, title: "Unprocessable Entity", detail: "Everything on this order has been shipped" };

  const rate = order.shippingRateId === null ? undefined : store.shippingRates.get(order.shippingRateId);
  const now = store.now();
  const shipment: StoredShipment = {
    id: store.nextId("shipment"),
    orderId: order.id,
    reference: reference ?? order.visible_ref,
    carrierId: rate?.carrierId ?? CARRIERS[0]!.id,
    packages,
    created_at: now,
    updated_at: now,
  };
  store.shipments.set(shipment.id, shipment);
  for (const line of order.lines) line.dispatched = line.quantity - (left.get(line.id) ?? 0);
  order.status = order.lines.every((l) => l.dispatched >= l.quantity) ? "dispatched" : "partly_dispatched";
  order.error_class = null;
  order.error_message = null;
  store.touch(order);
  return { ok: true, value: shipment };
}

/** Package specs from a POST /shipments document's `packages[].order_lines`. */
export function packageSpecsOf(packages: unknown): PackageSpec[] {
  if (!Array.isArray(packages)) return [];
  return packages.map((p) => {
    const pkg = (p ?? {}) as { weight?: unknown; order_lines?: unknown; predefined_barcode?: unknown };
    const lines = Array.isArray(pkg.order_lines)
      ? pkg.order_lines.map((l) => {
          const line = (l ?? {}) as { id?: unknown; sku?: unknown; quantity?: unknown };
          return { orderLineId: line.id === undefined ? undefined : Number(line.id), sku: typeof line.sku === "string" ? line.sku : undefined, quantity: Number(line.quantity) };
        })
      : undefined;
    const trackingNumber = typeof pkg.predefined_barcode === "string" && pkg.predefined_barcode !== "" ? pkg.predefined_barcode : undefined;
    return { weight: typeof pkg.weight === "number" ? pkg.weight : undefined, trackingNumber, lines };
  });
}
