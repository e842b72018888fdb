import { withTenant } from "@/db";
import { orders, shipments, type OrderStatus } from "@/db/schema";
import type { Order, Parcel } from "@/lib/orders";
import { canonicalOrder } from "@/lib/orders-query/testing";

export interface PullOrderSeed {
  orderNumber: string;
  customerNo?: string;
  /** YYYY-MM-DD: the order's createdAt day. */
  date: string;
  status?: OrderStatus;
  parcels?: Parcel[];
  changes?: Partial<Order>;
}

/** Stores orders (and a shipment when parcels are given) as intake and the status poll would. */
export async function seedPullOrders(tenantId: string, linkId: string, seeds: PullOrderSeed[]): Promise<string[]> {
  return withTenant(tenantId, async (tx) => {
    const ids: string[] = [];
    for (const seed of seeds) {
      const base = canonicalOrder(seed.orderNumber, { firstName: "Åsa", lastName: "Lindqvist", company: "Kaffe AB" });
      const canonical: Order = {
        ...base,
        createdAt: `${seed.date}T10:00:00.000+01:00`,
        customer: { ...(seed.customerNo ? { customerRef: seed.customerNo } : {}), language: "sv" },
        ...seed.changes,
      };
      const [row] = await tx
        .insert(orders)
        .values({ tenantId, linkId, sourceRef: seed.orderNumber, orderNumber: seed.orderNumber, status: seed.status ?? "sent", canonical })
        .returning({ id: orders.id });
      ids.push(row!.id);
      if (seed.parcels) {
        await tx.insert(shipments).values({ tenantId, orderId: row!.id, shipmentRef: `s-${seed.orderNumber}`, parcels: seed.parcels, lines: [], partial: false, shippedAt: new Date() });
      }
    }
    return ids;
  });
}

/** A GET to a Pull API route handler, as Next would call it. */
export async function callRoute<P>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  path: string,
  params: P,
  key: string | null,
): Promise<{ status: number; body: unknown; contentType: string | null }> {
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  const response = await handler(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown, contentType: response.headers.get("content-type") };
}
