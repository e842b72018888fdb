import type { FaultInjector, FaultSwitches } from "../faults";
import { ORDER_STATUSES, type OrderStatusName } from "./catalog";
import { reevaluateStock, setStatus, shipParcels, type CancelOutcome, type ParcelSpec } from "./order-lifecycle";
import { stepOrder } from "./progress";
import type { RateLimiter, RateLimitOptions } from "./rate-limit";
import type { GoodsOrder, Parcel, Product, ReturnBooking, ShopState } from "./store";
import { mintToken } from "./tokens";
import { deliverAll, type DeliveryResult } from "./webhook-delivery";
import type { CallRecord, WebhookDelivery, World } from "./world";

export interface OrderSnapshot {
  id: number;
  shop: string;
  externalId: string;
  orderNumber: string;
  statusId: string;
  statusName: OrderStatusName;
  reasonPartiallyReserved: string;
  blockReason: string;
  dispatcherProfile?: string;
  positions: GoodsOrder["positions"];
  parcels: Parcel[];
  received: unknown;
  createdAt: string;
}

export interface ProductInput {
  externalId: string;
  sku?: string;
  name?: string;
  productGroup?: string;
  stock?: number;
}

type Lines = Array<{ sku: string; quantity: number }>;

/** What tests and the sandbox UI may do to the simulated warehouse from the outside. */
export interface WemaloControl {
  faults: FaultInjector;
  setFaults(patch: Partial<FaultSwitches>): void;
  setRateLimit(patch: Partial<RateLimitOptions>): void;
  accounts(): Array<{ token: string; shop: string; clientId: number; expired: boolean }>;
  /** A new REST key for a shop, as a merchant would create in wemalo-connect. */
  issueToken(shop: string): string;
  expireToken(token: string): void;

  orders(shop?: string): OrderSnapshot[];
  order(externalId: string, shop?: string): OrderSnapshot | undefined;
  products(shop?: string): Array<Product & { available: number }>;
  putProduct(product: ProductInput, shop?: string): void;
  setStock(sku: string, quantity: number, shop?: string): void;
  /** Every request so far, oldest first (method, path below /v1, status, bulk item count). */
  calls(): readonly CallRecord[];
  clearCalls(): void;

  /** One step along the happy path (OPEN → … → PACKED → SHIPPED) for one order, or for all. */
  advance(externalId?: string, shop?: string): void;
  /** PARTIAL → OPEN (reserved), e.g. after fixing an address. */
  release(externalId: string, shop?: string): void;
  startPicking(externalId: string, shop?: string): void;
  pick(externalId: string, shop?: string): void;
  pack(externalId: string, shop?: string): void;
  block(externalId: string, reason: string, shop?: string): void;
  ship(externalId: string, parcels?: ParcelSpec[], shop?: string): Parcel[];
  shipPart(externalId: string, lines: Lines, trackingNumber?: string, shop?: string): Parcel;
  addressError(externalId: string, shop?: string): void;
  outOfStock(externalId: string, shop?: string): void;
  cancel(externalId: string, reason?: string, shop?: string): CancelOutcome;
  /** Books returned items against a shipped order (what `GET /returns/booked` then reports). */
  returnItems(externalId: string, lines: Lines, options?: { reasonCode?: string; secondChoice?: boolean; shop?: string }): ReturnBooking[];

  webhooks(shop?: string): Array<{ event: string; payload: string; token: string; failures: number }>;
  /** Deliveries waiting to be posted (tests may post them themselves). */
  deliveries(): WebhookDelivery[];
  takeDeliveries(): WebhookDelivery[];
  deliverWebhooks(options?: { fetch?: typeof fetch; timeoutMs?: number }): Promise<DeliveryResult[]>;
}

export function createControl(world: World, faults: FaultInjector, limiter: RateLimiter, tokenSecret: string): WemaloControl {
  const shopOf = (shop?: string): ShopState => world.shop(shop ?? world.shopNames()[0] ?? "sandbox-shop");
  const orderOf = (externalId: string, shop?: string): { shop: ShopState; order: GoodsOrder } => {
    const names = shop ? [shop] : world.shopNames();
    for (const name of names) {
      const state = world.shop(name);
      const order = state.orderByExternalId(externalId);
      if (order) return { shop: state, order };
    }
    throw new Error(`wemalo simulator: no goods order ${externalId}`);
  };
  const snapshot = (shop: ShopState, o: GoodsOrder): OrderSnapshot =>
    structuredClone({
      id: o.id,
      shop: o.shop,
      externalId: o.externalId,
      orderNumber: o.orderNumber,
      statusId: ORDER_STATUSES[o.statusName],
      statusName: o.statusName,
      reasonPartiallyReserved: o.reasonPartiallyReserved,
      blockReason: o.blockReason,
      dispatcherProfile: o.dispatcherProfile,
      positions: o.positions,
      parcels: shop.parcels.filter((p) => p.orderId === o.id),
      received: o.received,
      createdAt: o.createdAt.toISOString(),
    });
  const move = (status: OrderStatusName, extra?: Parameters<typeof setStatus>[3]) => (externalId: string, shop?: string) => {
    const { order } = orderOf(externalId, shop);
    if (order.statusName === "CANCELLED" || order.statusName === "SHIPPED") throw new Error(`order ${externalId} is ${order.statusName}`);
    setStatus(world, order, status, extra);
  };

  return {
    faults,
    setFaults: (patch) => faults.set(patch),
    setRateLimit: (patch) => {
      limiter.options = { ...limiter.options, ...patch };
      limiter.reset();
    },
    accounts: () => [...world.accounts.values()].map((a) => ({ ...a })),
    issueToken: (shop) => {
      const clientId = [...world.accounts.values()].find((a) => a.shop === shop)?.clientId ?? 0;
      return world.addAccount(mintToken(shop, clientId, tokenSecret, world.now()), shop).token;
    },
    expireToken: (token) => {
      const account = world.accounts.get(token);
      if (account) account.expired = true;
    },

    orders: (shop) => {
      const names = shop ? [shop] : world.shopNames();
      return names.flatMap((name) => world.shop(name).orders.map((o) => snapshot(world.shop(name), o)));
    },
    order: (externalId, shop) => {
      try {
        const found = orderOf(externalId, shop);
        return snapshot(found.shop, found.order);
      } catch {
        return undefined;
      }
    },
    products: (shop) => {
      const state = shopOf(shop);
      return [...state.products.values()].map((p) => ({ ...structuredClone(p), available: p.stock - state.reserved(p.id) }));
    },
    putProduct: (input, shop) => {
      const state = shopOf(shop);
      const existing = state.products.get(input.externalId);
      const product: Product = existing ?? {
        id: world.seq.take("product"), externalId: input.externalId, sku: input.sku ?? input.externalId, name: input.name ?? input.externalId,
        productGroup: input.productGroup ?? "default", fields: {}, isActive: true, stock: world.options.initialStock, updatedAt: world.now(),
        stockChangedAt: world.now(),
      };
      Object.assign(product, {
        sku: input.sku ?? product.sku,
        name: input.name ?? product.name,
        productGroup: input.productGroup ?? product.productGroup,
        stock: input.stock ?? product.stock,
        updatedAt: world.now(),
        ...(input.stock !== undefined ? { stockChangedAt: world.now() } : {}),
      });
      state.products.set(product.externalId, product);
      reevaluateStock(world, state);
    },
    setStock: (sku, quantity, shop) => {
      const state = shopOf(shop);
      const product = state.productBySku(sku);
      if (!product) throw new Error(`wemalo simulator: no product with sku ${sku}`);
      product.stock = quantity;
      product.updatedAt = world.now();
      product.stockChangedAt = world.now();
      world.emit(state.shop, "stock_change", { type: "INCOMING_STOCK", orderId: 0, externalId: product.externalId });
      reevaluateStock(world, state);
    },

    calls: () => world.calls,
    clearCalls: () => {
      world.calls.length = 0;
    },

    advance: (externalId, shop) => {
      if (externalId) {
        const found = orderOf(externalId, shop);
        stepOrder(world, found.shop, found.order);
        return;
      }
      for (const name of shop ? [shop] : world.shopNames()) {
        const state = world.shop(name);
        for (const order of state.orders) stepOrder(world, state, order);
      }
    },
    release: move("OPEN"),
    startPicking: move("INPICKING"),
    pick: move("READYFORSHIPMENT"),
    pack: move("PACKED"),
    block: (externalId, reason, shop) => move("BLOCKEDPACKED", { blockReason: reason })(externalId, shop),
    ship: (externalId, parcels, shop) => {
      const found = orderOf(externalId, shop);
      return shipParcels(world, found.shop, found.order, parcels ?? [{}]);
    },
    shipPart: (externalId, lines, trackingNumber, shop) => {
      const found = orderOf(externalId, shop);
      return shipParcels(world, found.shop, found.order, [{ lines, trackingNumber }])[0]!;
    },
    addressError: move("PARTIAL", { reason: "ADDRESS" }),
    outOfStock: move("PARTIAL", { reason: "STOCK" }),
    cancel: (externalId, reason, shop) => {
      const { order } = orderOf(externalId, shop);
      if (order.statusName === "SHIPPED") return "too-late";
      if (order.statusName === "CANCELLED") return "already";
      order.cancelReason = reason ?? "cancelled in wemalo";
      setStatus(world, order, "CANCELLED");
      return "cancelled";
    },
    returnItems: (externalId, lines, options = {}) => {
      const found = orderOf(externalId, options.shop);
      const announced = found.shop.returns.find((r) => r.goodsOrderExternalId === externalId);
      const now = world.now();
      const bookings = lines.map((line) => {
        const product = found.shop.productBySku(line.sku);
        if (!product) throw new Error(`wemalo simulator: no product with sku ${line.sku}`);
        if (!options.secondChoice) product.stock += line.quantity;
        product.updatedAt = now;
        product.stockChangedAt = now;
        const booking: ReturnBooking = {
          id: world.seq.take("history"), returnsId: announced?.id, goodsOrderId: found.order.id, productId: product.id,
          count: line.quantity, reasonCode: options.reasonCode ?? "", attributeCode: options.secondChoice ? "2" : "1",
          bookingDate: now, synched: false,
        };
        found.shop.returnBookings.push(booking);
        return booking;
      });
      world.emit(found.shop.shop, "stock_change", { type: "RETURNSHIPMENT", orderId: found.order.id, externalId });
      return structuredClone(bookings);
    },

    webhooks: (shop) => [...shopOf(shop).webhooks.values()].map((h) => ({ event: h.event, payload: h.payload, token: h.token, failures: h.failures })),
    deliveries: () => structuredClone(world.outbox),
    takeDeliveries: () => world.outbox.splice(0, world.outbox.length),
    deliverWebhooks: (options = {}) => deliverAll(world, options.fetch, options.timeoutMs),
  };
}
