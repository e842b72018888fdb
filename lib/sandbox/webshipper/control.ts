import type { FaultInjector } from "../faults";
import type { RequestLogEntry } from "./handler";
import { createOrder, type OrderInput } from "./order-writes";
import { renderOrder, renderShipment } from "./render";
import { createShipment, type PackageSpec } from "./shipping";
import type { StoredOrder, WebshipperStore } from "./store";
import { buildDelivery, type WebhookDelivery, type WebhookOutbox } from "./webhook";
import type { WebhookTopic } from "./facts";

/** An order by its Webshipper id (number) or its ext_ref (string). */
export type OrderRef = number | string;

/**
 * What tests and the sandbox UI may do behind the API's back: create orders as an order channel
 * would, play the warehouse (ship in whole or part, fail, hold), take the signed webhook
 * deliveries the account would have sent, and switch faults.
 */
export function createControl(deps: {
  store: WebshipperStore;
  outbox: WebhookOutbox;
  faults: FaultInjector;
  basePath: string;
  log: RequestLogEntry[];
  rateLimit: { status: number; retryAfterSeconds: number | null };
}) {
  const { store, outbox } = deps;
  const apiRootFor = (origin: string) => `${origin.replace(/\/$/, "")}${deps.basePath}/sandbox/v2`;
  const find = (ref: OrderRef): StoredOrder => {
    const order = typeof ref === "number" ? store.orders.get(ref) : [...store.orders.values()].find((o) => o.ext_ref === ref);
    if (!order) throw new Error(`Webshipper simulator: no order ${JSON.stringify(ref)}`);
    return order;
  };
  const view = (order: StoredOrder) => renderOrder(order, apiRootFor("http://sandbox"));
  const announce = (order: StoredOrder) => outbox.emit("order/updated", view(order));

  return {
    faults: deps.faults,
    rateLimit: deps.rateLimit,
    /** The API root a client is given: `${origin}${basePath}/${account}/v2`. */
    baseUrl: (origin: string, account = "sandbox") => `${origin.replace(/\/$/, "")}${deps.basePath}/${account}/v2`,
    addToken: (token: string) => void store.tokens.add(token),
    revokeToken: (token: string) => void store.tokens.delete(token),
    requests: (): readonly RequestLogEntry[] => deps.log,

    /** An order as an order channel (web shop) imports it. */
    createOrder(input: OrderInput) {
      const result = createOrder(store, input);
      if (!result.ok) throw new Error(`Webshipper simulator: ${result.detail}`);
      outbox.emit("order/created", view(result.value));
      return view(result.value);
    },
    orders: () => [...store.orders.values()].sort((a, b) => a.id - b.id).map(view),
    order: (ref: OrderRef) => view(find(ref)),
    shipments: (ref: OrderRef) => store.shipmentsOf(find(ref).id).map((s) => renderShipment(store, s)),
    /** Ships everything left, or the given packages (a partial shipment). */
    ship(ref: OrderRef, packages: PackageSpec[] = [{}]) {
      const order = find(ref);
      const result = createShipment(store, order, packages);
      if (!result.ok) throw new Error(`Webshipper simulator: ${result.detail}`);
      const shipment = renderShipment(store, result.value);
      outbox.emit("shipment/created", shipment);
      announce(order);
      return shipment;
    },
    /** Booking failed: `error` with error_class like `address` or `carrier_downtime`. [W2] */
    fail(ref: OrderRef, errorClass: string, message: string) {
      const order = find(ref);
      Object.assign(order, { status: "error", error_class: errorClass, error_message: message });
      store.touch(order);
      announce(order);
      return view(order);
    },
    hold(ref: OrderRef) {
      const order = find(ref);
      order.status = "on_hold";
      store.touch(order);
      announce(order);
      return view(order);
    },
    addShippingRate(rate: { id: number; name: string; carrierId: number; serviceCode?: string; orderChannelId?: number }) {
      store.shippingRates.set(rate.id, { serviceCode: "", requireDropPoint: false, orderChannelId: [...store.orderChannels.keys()][0]!, ...rate });
    },
    webhooks: () => [...store.webhooks.values()],
    /** Deliveries the account has queued since the last call, signed with each webhook's secret. */
    takeDeliveries: (): WebhookDelivery[] => outbox.take(),
    /** A signed delivery built on demand, e.g. for a topic nobody registered. */
    delivery: (input: { topic: WebhookTopic | string; secret: string; resource: unknown; url?: string }) =>
      buildDelivery({ url: input.url ?? "http://localhost/", topic: input.topic, secret: input.secret, resource: input.resource }),
  };
}

export type WebshipperControl = ReturnType<typeof createControl>;
