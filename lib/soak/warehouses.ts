import { createConnection } from "@/lib/connections/store";
import { SANDBOX_SKUS } from "@/lib/pipeline/testing";
import type { FaultInjector } from "@/lib/sandbox/faults";
import { createOngoingSimulator, DEFAULT_USER } from "@/lib/sandbox/ongoing";
import { createWebshipperSimulator, DEFAULT_ORDER_CHANNEL, DEFAULT_TOKEN } from "@/lib/sandbox/webshipper";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN } from "@/lib/sandbox/wemalo";

export const SOAK_WAREHOUSES = ["wemalo", "ongoing", "webshipper"] as const;
export type SoakWarehouse = (typeof SOAK_WAREHOUSES)[number];

/** A webhook as the partner would POST it to our endpoint. */
export interface OutgoingWebhook {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * One simulated warehouse as the soak drives it: the warehouse staff ship what they were sent,
 * the partner's webhooks are collected for delivery, and its own books answer the invariants.
 */
export interface SoakWarehouseSide {
  kind: SoakWarehouse;
  handle(request: Request): Promise<Response>;
  faults: FaultInjector;
  /** The order numbers of every order the warehouse holds, one entry per warehouse order. */
  orderNumbers(): string[];
  /** Ships in full every order it holds that was not shipped yet; returns the order numbers shipped. */
  shipNew(): string[];
  /** Order numbers shipped in full at the warehouse. */
  shipped(): ReadonlySet<string>;
  /** Webhooks the warehouse wants to send since the last call (Ongoing's are built here, as it sends them). */
  takeWebhooks(endpoint: { url: string; secret: string }): OutgoingWebhook[];
  /** Stores the connection for this tenant, once the simulator is served at `serverUrl`. */
  connect(tenantId: string, serverUrl: string): Promise<{ id: string }>;
  /** The link's shipping mapping: shop profile 6 → this warehouse's code. */
  shippingCode: string;
}

const STOCK = 10_000_000;

/** A warehouse simulator without faults (armed later through `faults`), stocked with the sandbox SKUs. */
export function soakWarehouse(kind: SoakWarehouse, seed: number, options: { hangMs: number; wemaloWindowMs: number }): SoakWarehouseSide {
  const shipped = new Set<string>();
  const shipOnce = (numbers: string[], ship: (n: string) => void) =>
    numbers.filter((n) => !shipped.has(n)).map((n) => {
      ship(n);
      shipped.add(n);
      return n;
    });

  if (kind === "wemalo") {
    // Only the injected bursts are refused; each ends with the (short) window.
    const sim = createWemaloSimulator({ basePath: "", seed, hangMs: options.hangMs, rateLimit: { maxCalls: 1_000_000_000, windowMs: options.wemaloWindowMs } });
    for (const sku of SANDBOX_SKUS) sim.control.putProduct({ externalId: sku, sku, name: sku, stock: STOCK });
    return {
      kind,
      handle: sim.handle,
      faults: sim.control.faults,
      orderNumbers: () => sim.control.orders().map((o) => o.externalId),
      shipNew: () => shipOnce(sim.control.orders().filter((o) => o.statusName !== "CANCELLED").map((o) => o.externalId), (n) => void sim.control.ship(n)),
      shipped: () => shipped,
      takeWebhooks: () =>
        sim.control.takeDeliveries().map((d) => ({ url: d.url, headers: { "content-type": "application/json" }, body: JSON.stringify(d.body) })),
      connect: (tenantId, url) => createConnection(tenantId, { connectorId: "wemalo", label: "wemalo", credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${url}/v1` } }),
      shippingCode: "dhl_paket",
    };
  }

  if (kind === "ongoing") {
    const sim = createOngoingSimulator({ seed, hangMs: options.hangMs });
    for (const sku of SANDBOX_SKUS) sim.control.setStock(sku, STOCK);
    // Ongoing's front answers 503 when pressed; here with Retry-After: 1.
    sim.control.rateLimit.retryAfterSeconds = 1;
    let webhookQueue: string[] = [];
    return {
      kind,
      handle: sim.handle,
      faults: sim.control.faults,
      orderNumbers: () => sim.control.orders().map((o) => o.orderInfo.orderNumber),
      shipNew: () => {
        const numbers = shipOnce(
          sim.control.orders().map((o) => o.orderInfo.orderNumber),
          (n) => void sim.control.ship(n),
        );
        webhookQueue.push(...numbers);
        return numbers;
      },
      shipped: () => shipped,
      // Ongoing posts "order status is changed" with the secret in the header the merchant set up (X-Auth-Token).
      takeWebhooks: (endpoint) => {
        const numbers = webhookQueue;
        webhookQueue = [];
        return numbers.map((n) => ({
          url: endpoint.url,
          headers: { "content-type": "application/json", "x-auth-token": endpoint.secret },
          body: JSON.stringify(sim.control.webhookPayload(n)),
        }));
      },
      connect: (tenantId, url) =>
        createConnection(tenantId, {
          connectorId: "ongoing",
          label: "Ongoing",
          credentials: { baseUrl: sim.control.baseUrl(url), goodsOwnerId: sim.control.goodsOwnerId, username: DEFAULT_USER.username, password: DEFAULT_USER.password },
        }),
      shippingCode: "SBTL",
    };
  }

  const sim = createWebshipperSimulator({ seed, hangMs: options.hangMs });
  sim.control.rateLimit.retryAfterSeconds = 1;
  return {
    kind,
    handle: sim.handle,
    faults: sim.control.faults,
    orderNumbers: () => sim.control.orders().map((o) => o.attributes.ext_ref ?? ""),
    shipNew: () =>
      shipOnce(
        sim.control.orders().map((o) => o.attributes.ext_ref ?? ""),
        (n) => void sim.control.ship(n),
      ),
    shipped: () => shipped,
    takeWebhooks: () => sim.control.takeDeliveries().map((d) => ({ url: d.url, headers: d.headers, body: d.body })),
    connect: (tenantId, url) =>
      createConnection(tenantId, {
        connectorId: "webshipper",
        label: "Webshipper",
        credentials: { account: "sandbox", apiToken: DEFAULT_TOKEN, orderChannelId: DEFAULT_ORDER_CHANNEL.id, apiUrl: sim.control.baseUrl(url) },
      }),
    // Webshipper shipping rate 6 (GLS Business).
    shippingCode: "6",
  };
}
