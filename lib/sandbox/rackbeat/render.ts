import type { RackbeatStore, StoredAdjustment, StoredCustomer, StoredLocation, StoredOrder, StoredProduct, StoredShipment } from "./store";

const iso = (d: Date) => d.toISOString();

/** Shipped state from the shipments: partly while some but not all is shipped. [R1] Order.php flags */
export function shippedState(store: RackbeatStore, order: StoredOrder): { is_shipped: boolean; is_partly_shipped: boolean } {
  const shipped = new Map<number, number>();
  for (const s of store.shipmentsOf(order.number)) if (s.is_shipped) for (const l of s.lines) shipped.set(l.lineId, (shipped.get(l.lineId) ?? 0) + l.quantity);
  const all = order.lines.every((l) => (shipped.get(l.id) ?? 0) >= l.quantity);
  const any = [...shipped.values()].some((q) => q > 0);
  return { is_shipped: all && any, is_partly_shipped: any && !all };
}

export function renderOrder(store: RackbeatStore, order: StoredOrder) {
  const customer = store.customers.get(order.customerNumber);
  const terms = order.deliveryTermsId === null ? null : (store.deliveryTerms.get(order.deliveryTermsId) ?? null);
  const state = shippedState(store, order);
  return {
    number: order.number,
    customer: customer ? { number: customer.number, name: customer.name } : null,
    currency: order.currency,
    their_reference: order.their_reference,
    // GUESS: the delivery terms ride on the order as an object, like customer and payment_terms [R1].
    delivery_terms: terms,
    delivery_address: order.delivery_address,
    billing_address: order.billing_address,
    lines: order.lines.map((l) => {
      const product = store.products.get(l.itemNumber);
      return {
        id: l.id,
        // [R1] OrderLine casts `item`; GUESS: item carries number, name and physical weight.
        item: { number: l.itemNumber, name: product?.name ?? l.name, type: "product", physical: { weight: product?.weight ?? null } },
        name: l.name,
        quantity: l.quantity,
        line_price: l.line_price,
        vat_percentage: l.vat_percentage,
      };
    }),
    total_total: order.lines.reduce((sum, l) => sum + l.line_price * l.quantity, 0),
    is_draft: !order.is_booked,
    is_booked: order.is_booked,
    is_ready_for_shipping: order.is_booked && !order.is_cancelled && !state.is_shipped,
    ...state,
    is_cancelled: order.is_cancelled,
    created_at: iso(order.created_at),
    updated_at: iso(order.updated_at),
  };
}

export function renderShipment(shipment: StoredShipment) {
  return {
    id: shipment.id,
    order_number: shipment.orderNumber,
    is_picked: shipment.is_picked,
    is_partly_picked: false,
    is_shipped: shipment.is_shipped,
    lines: shipment.lines.map((l) => ({ line_id: l.lineId, item_number: l.itemNumber, quantity: l.quantity })),
    created_at: iso(shipment.created_at),
    updated_at: iso(shipment.updated_at),
  };
}

/**
 * [R4] Product.md: number, name, barcode, sales_price, physical (ProductsPhysical: weight with a
 * `weight_unit`, "required if weight is specified"). GUESS: the unit is "g" here (the simulator
 * keeps grams), `is_barred`, and `stock_quantity` / `available_quantity` summed over locations.
 */
export function renderProduct(p: StoredProduct, store?: RackbeatStore) {
  const inStock = store ? [...(store.stock.get(p.number)?.values() ?? [])].reduce((a, b) => a + b, 0) : undefined;
  return {
    number: p.number,
    name: p.name,
    barcode: p.barcode,
    sales_price: p.sales_price,
    physical: { weight: p.weight, weight_unit: p.weight === null ? null : "g" },
    is_barred: p.is_barred,
    ...(inStock === undefined ? {} : { stock_quantity: inStock, available_quantity: inStock }),
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  };
}

/**
 * One product at one location, as `GET products/{number}/locations/{location}` answers it
 * (`product_location` [R2] Product.php). GUESS: the fields (the location's number and name, and
 * the quantities under the names [R4] Product.md uses for the product as a whole); nothing is
 * reserved by orders here, so available = in stock.
 */
export function renderProductLocation(store: RackbeatStore, p: StoredProduct, l: StoredLocation) {
  const inStock = store.stockAt(p.number, l.number);
  return { number: l.number, name: l.name, product_number: p.number, stock_quantity: inStock, in_order_quantity: 0, available_quantity: inStock };
}

/** GUESS: the answer to `POST inventory-adjustment` follows [R4] InventoryRegulation (id, reason, description, lines, regulated_at). */
export function renderAdjustment(a: StoredAdjustment) {
  return {
    id: a.id,
    reason: a.reason,
    description: a.description,
    regulated_at: a.regulated_at,
    lines: [{ item_type: a.item_type, item_number: a.item_number, location_number: a.location_number, quantity: a.quantity }],
    created_at: iso(a.created_at),
    updated_at: iso(a.created_at),
  };
}

export function renderCustomer(c: StoredCustomer) {
  return {
    number: c.number,
    name: c.name,
    company_name: c.company_name,
    contact_email: c.contact_email,
    address_street: c.address.street ?? null,
    address_street2: c.address.street2 ?? null,
    address_city: c.address.city ?? null,
    address_zipcode: c.address.zipcode ?? null,
    address_country: c.address.country ?? null,
    payment_terms_id: c.payment_terms_id,
    created_at: iso(c.created_at),
    updated_at: iso(c.updated_at),
  };
}
