import { withTenant } from "@/db";
import { orders, type OrderStatus } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { createConnection } from "@/lib/connections/store";
import type { Order } from "@/lib/orders";
import { createLink } from "@/lib/pipeline/links";

/** A tenant with one link between a plentymarkets and a wemalo connection that are never called. */
export async function tenantWithLink(company = "Orders GmbH", linkName = "Shop → wemalo") {
  const { tenantId, userId } = await signUpOwner(company);
  const linkId = await addLink(tenantId, linkName);
  return { tenantId, userId, linkId };
}

export async function addLink(tenantId: string, name: string): Promise<string> {
  const source = await createConnection(tenantId, {
    connectorId: "plentymarkets",
    label: `${name} shop`,
    credentials: { url: "https://shop.example.test", username: "api", password: "secret-password", plentyId: 1, warehouseId: 1, storageLocationId: 1 },
  });
  const warehouse = await createConnection(tenantId, { connectorId: "wemalo", label: `${name} 3PL`, credentials: { apiToken: "secret-token", apiUrl: "https://wemalo.example.test/v1" } });
  const link = await createLink(tenantId, { name, sourceConnectionId: source.id, warehouseConnectionId: warehouse.id });
  return link.id;
}

export function canonicalOrder(orderNumber: string, customer: { firstName?: string; lastName?: string; company?: string } = {}): Order {
  const address = { ...customer, street: "Hauptstraße", houseNumber: "1", postalCode: "10115", city: "Berlin", countryCode: "DE" };
  return {
    sourceRef: orderNumber,
    orderNumber,
    createdAt: "2026-11-01T10:00:00.000Z",
    currency: "EUR",
    totals: { subtotal: "19.99", shipping: "4.90", discount: "0", tax: "3.98", total: "24.89" },
    customer: {},
    invoiceAddress: address,
    deliveryAddress: address,
    lines: [{ lineRef: "1", sku: "TS-BLK-M", name: "T-shirt", quantity: 1, unitPrice: "19.99" }],
    shippingMethod: { code: "6" },
    paymentState: "paid",
  };
}

export interface OrderSeed {
  orderNumber: string;
  receivedAt: Date;
  status?: OrderStatus;
  customer?: { firstName?: string; lastName?: string; company?: string };
  sentAt?: Date;
}

/** Stores orders as intake would, without a source; returns their ids in the given order. */
export async function seedOrders(tenantId: string, linkId: string, seeds: OrderSeed[]): Promise<string[]> {
  if (seeds.length === 0) return [];
  const rows = await withTenant(tenantId, (tx) =>
    tx
      .insert(orders)
      .values(
        seeds.map((seed) => ({
          tenantId,
          linkId,
          sourceRef: seed.orderNumber,
          orderNumber: seed.orderNumber,
          status: seed.status ?? "received",
          canonical: canonicalOrder(seed.orderNumber, seed.customer),
          receivedAt: seed.receivedAt,
          sentAt: seed.sentAt ?? null,
        })),
      )
      .returning({ id: orders.id }),
  );
  return rows.map((r) => r.id);
}
