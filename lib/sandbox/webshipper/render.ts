import { CARRIERS } from "./facts";
import type { StoredOrder, StoredShipment, StoredShippingRate, StoredWebhook, WebshipperStore } from "./store";

/** Each resource as its JSON:API document node: `{ id, type, attributes, relationships }`. [W1][W2] */

const iso = (d: Date) => d.toISOString();

export function renderOrder(order: StoredOrder, apiRoot: string) {
  return {
    id: String(order.id),
    type: "orders",
    attributes: {
      ext_ref: order.ext_ref,
      visible_ref: order.visible_ref,
      status: order.status,
      error_message: order.error_message,
      error_class: order.error_class,
      lock_state: order.lock_state,
      source: "api",
      currency: order.currency,
      tags: order.tags,
      shipping_rate_id: order.shippingRateId,
      order_channel_id: order.orderChannelId,
      external_comment: order.external_comment,
      internal_comment: order.internal_comment,
      delivery_address: order.delivery_address,
      billing_address: order.billing_address,
      order_lines: order.lines.map((l) => ({
        id: l.id,
        ext_ref: l.ext_ref,
        sku: l.sku,
        description: l.description,
        quantity: l.quantity,
        unit_price: l.unit_price,
        vat_percent: l.vat_percent,
        weight: l.weight,
        weight_unit: l.weight_unit,
        // [W2] OrderLines.md: pending, dispatched or returned.
        status: l.dispatched >= l.quantity ? "dispatched" : "pending",
        order_id: order.id,
      })),
      created_at: iso(order.created_at),
      updated_at: iso(order.updated_at),
    },
    relationships: {
      order_channel: { data: { id: String(order.orderChannelId), type: "order_channels" } },
      shipping_rate: {
        data: order.shippingRateId === null ? null : { id: String(order.shippingRateId), type: "shipping_rates" },
        links: { related: `${apiRoot}/orders/${order.id}/shipping_rate` },
      },
      shipments: { links: { related: `${apiRoot}/shipments?filter[order_id]=${order.id}` } },
    },
  };
}

export function renderShipment(store: WebshipperStore, shipment: StoredShipment) {
  const carrier = CARRIERS.find((c) => c.id === shipment.carrierId) ?? CARRIERS[0]!;
  return {
    id: String(shipment.id),
    type: "shipments",
    attributes: {
      reference: shipment.reference,
      is_return: false,
      status: 1,
      carrier_id: carrier.id,
      carrier_alias: carrier.alias,
      carrier_type_name: carrier.typeName,
      ext_ref: shipment.packages[0]?.trackingNumber ?? null,
      // GUESS: per-package order_lines, the shape [T1] postShipment sends.
      packages: shipment.packages.map((p) => ({
        weight: p.weight,
        weight_unit: p.weight_unit,
        order_lines: p.lines.map((l) => ({ id: l.orderLineId, sku: l.sku, quantity: l.quantity })),
      })),
      tracking_links: shipment.packages.map((p) => ({
        url: carrier.trackingUrl(p.trackingNumber),
        number: p.trackingNumber,
        latest_transit_event: "information_received",
        tracking_events: [],
      })),
      created_at: iso(shipment.created_at),
      updated_at: iso(shipment.updated_at),
    },
    relationships: { order: { data: store.orders.has(shipment.orderId) ? { id: String(shipment.orderId), type: "orders" } : null } },
  };
}

export function renderShippingRate(rate: StoredShippingRate) {
  return {
    id: String(rate.id),
    type: "shipping_rates",
    attributes: {
      name: rate.name,
      carrier_id: rate.carrierId,
      order_channel_id: rate.orderChannelId,
      carrier_service_code: rate.serviceCode,
      require_drop_point: rate.requireDropPoint,
      is_return: false,
      is_hidden: false,
    },
  };
}

/** The secret is write-only here: GUESS, since the docs call it the HMAC key and nothing says it is read back. */
export function renderWebhook(hook: StoredWebhook) {
  return {
    id: String(hook.id),
    type: "webhooks",
    attributes: { url: hook.url, topic: hook.topic, enabled: hook.enabled, health: "healthy", latest_error: null, created_at: iso(hook.created_at) },
  };
}
