import type { FaultInjector } from "../faults";
import type { RequestLogEntry } from "./handler";
import type { RackbeatWebhookDelivery } from "./webhook";
import { announceOrder, book, createDraft, createShipment, markShipped } from "./order-writes";
import { renderCustomer, renderOrder, renderProduct, renderShipment } from "./render";
import type { RackbeatAddress, RackbeatStore, StoredOrder } from "./store";

/**
 * What tests and the sandbox UI may do behind the API's back: create products, customers and
 * booked orders as a merchant would in Rackbeat's UI, create (partial) shipments, mark them
 * shipped (or ship a whole order), and switch faults.
 */
export function createControl(deps: { store: RackbeatStore; faults: FaultInjector; basePath: string; log: RequestLogEntry[]; rateLimit: { limit: number; retryAfterSeconds: number | null } }) {
  const { store } = deps;
  const find = (number: number): StoredOrder => {
    const order = store.orders.get(number);
    if (!order) throw new Error(`Rackbeat simulator: no order ${number}`);
    return order;
  };
  const unwrap = <T>(result: { ok: true; value: T } | { ok: false; body: unknown }): T => {
    if (!result.ok) throw new Error(`Rackbeat simulator: ${JSON.stringify(result.body)}`);
    return result.value;
  };

  return {
    faults: deps.faults,
    rateLimit: deps.rateLimit,
    /** The API root a client is given (the real one is https://app.rackbeat.com/api). */
    baseUrl: (origin: string) => `${origin.replace(/\/$/, "")}${deps.basePath}/api`,
    addToken: (token: string) => void store.tokens.add(token),
    revokeToken: (token: string) => void store.tokens.delete(token),
    requests: (): readonly RequestLogEntry[] => deps.log,
    /** Registered webhooks (with their tokens) and the deliveries waiting to be posted by a test. */
    webhooks: () => [...store.webhooks.hooks.values()].map((h) => ({ ...h })),
    takeDeliveries: (): RackbeatWebhookDelivery[] => store.webhooks.take(),

    /** Creates the product, or changes it (its updated_at moves, created_at and stock stay). */
    addProduct(p: { number: string; name: string; salesPrice?: number; weightGrams?: number; barcode?: string; barred?: boolean }) {
      const now = store.now();
      const before = store.products.get(p.number);
      const product = {
        number: p.number,
        name: p.name,
        sales_price: p.salesPrice ?? 0,
        weight: p.weightGrams ?? null,
        barcode: p.barcode ?? null,
        is_barred: p.barred ?? false,
        created_at: before?.created_at ?? now,
        updated_at: now,
      };
      store.products.set(p.number, product);
      return renderProduct(product, store);
    },
    /** Stock as the merchant books it in Rackbeat's UI (no adjustment recorded). */
    setStock: (productNumber: string, locationNumber: string, quantity: number) => store.setStock(productNumber, locationNumber, quantity),
    stockAt: (productNumber: string, locationNumber: string) => store.stockAt(productNumber, locationNumber),
    adjustments: () => store.adjustments.map((a) => ({ ...a })),
    /** Every adjustment of this product is refused (422) with `message`; null lets them through again. */
    refuseAdjustments(productNumber: string, message: string | null) {
      if (message === null) store.refusedAdjustments.delete(productNumber);
      else store.refusedAdjustments.set(productNumber, message);
    },
    addLocation: (number: string, name: string) => void store.locations.set(number, { number, name }),
    addCustomer(c: { name: string; email?: string; address?: RackbeatAddress }) {
      const now = store.now();
      const customer = { number: store.nextId("customer"), name: c.name, company_name: null, contact_email: c.email ?? null, address: c.address ?? {}, payment_terms_id: 1, created_at: now, updated_at: now };
      store.customers.set(customer.number, customer);
      return renderCustomer(customer);
    },
    /** A booked order, as the merchant makes it in Rackbeat (lines by product number). */
    createOrder(input: {
      customerNumber: number;
      currency?: string;
      deliveryTermsId?: number;
      deliveryAddress: RackbeatAddress;
      lines: { productNumber: string; quantity: number; linePrice?: number; name?: string; vatPercentage?: number }[];
      booked?: boolean;
    }) {
      const order = unwrap(
        createDraft(store, {
          customer_id: input.customerNumber,
          currency: input.currency ?? "DKK",
          delivery_terms_id: input.deliveryTermsId,
          delivery_address: input.deliveryAddress,
          lines: input.lines.map((l) => ({ product_id: l.productNumber, quantity: l.quantity, line_price: l.linePrice, name: l.name, vat_percentage: l.vatPercentage })),
        }),
      );
      if (input.booked !== false) unwrap(book(store, order));
      return renderOrder(store, order);
    },
    order: (number: number) => renderOrder(store, find(number)),
    orders: () => [...store.orders.values()].sort((a, b) => a.number - b.number).map((o) => renderOrder(store, o)),
    notes: (number: number) => find(number).notes.map((n) => n.note),
    products: () => [...store.products.values()].map((p) => renderProduct(p, store)),
    customers: () => [...store.customers.values()].map(renderCustomer),
    shipments: (number: number) => store.shipmentsOf(number).map(renderShipment),
    /** A shipment for some lines (by product number) or everything left. */
    createShipment(number: number, lines?: { productNumber: string; quantity: number }[]) {
      const order = find(number);
      const body = lines ? { lines: lines.map((l) => ({ line_id: order.lines.find((x) => x.itemNumber === l.productNumber)?.id, quantity: l.quantity })) } : {};
      return renderShipment(unwrap(createShipment(store, order, body)));
    },
    markShipped(shipmentId: number) {
      const shipment = store.shipments.get(shipmentId);
      if (!shipment) throw new Error(`Rackbeat simulator: no shipment ${shipmentId}`);
      return renderShipment(markShipped(store, shipment));
    },
    /**
     * The merchant ships the whole order in Rackbeat: a shipment of all that is left (if any), then
     * every shipment marked shipped — pick → ship [R §2], so the order reads `is_shipped` [R §4].
     */
    shipOrder(number: number) {
      const order = find(number);
      if (order.lines.some((l) => l.quantity > l.inShipments)) unwrap(createShipment(store, order, {}));
      for (const shipment of store.shipmentsOf(number)) markShipped(store, shipment);
      return renderOrder(store, order);
    },
    cancel(number: number) {
      const order = find(number);
      order.is_cancelled = true;
      store.touch(order);
      announceOrder(store, order, ["is_cancelled"]);
      return renderOrder(store, order);
    },
  };
}

export type RackbeatControl = ReturnType<typeof createControl>;
