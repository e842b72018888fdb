/**
 * What the simulator knows about the real Webshipper API v2, in one place. Letters refer to
 * ../shared/partners/webshipper.md ([W1]…[W6]); [T1] is thetis-apps/WebshipperIntegration
 * (handleWebhook, postShipment), [K1] kg-bot/laravel-webshipper Builders/Builder.php. Every value
 * marked GUESS is documented nowhere we could read; it lives here so it is easy to change.
 */

/** Fixed page size; further pages with `page[number]=N`. [W1] */
export const PAGE_SIZE = 30;

/** Order status enum. [W2] docs/Orders.md */
export const ORDER_STATUSES = ["pending", "dispatched", "partly_dispatched", "cancelled", "error", "missing_rate", "on_hold"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses from which an order may still be cancelled (nothing has left). GUESS from the enum's meaning. */
export const CANCELLABLE: readonly OrderStatus[] = ["pending", "error", "missing_rate", "on_hold"];

/** Webhook topics. [W2] docs/Webhooks.md */
export const WEBHOOK_TOPICS = [
  "order/created", "order/updated", "order/deleted",
  "shipment/created", "shipment/updated", "shipment/deleted",
  "return/created", "return/updated", "return/deleted",
  "trackingevent/created", "trackingevent/updated", "trackingevent/deleted",
] as const;
export type WebhookTopic = (typeof WEBHOOK_TOPICS)[number];

/** Signature header: base64 HMAC-SHA256 of the raw body with the webhook's secret. [W4][W5] Topic header. [T1] */
export const SIGNATURE_HEADER = "x-webshipper-hmac-sha256";
export const TOPIC_HEADER = "x-webshipper-topic";

/** JSON:API media type. [W3][W5] */
export const JSON_API = "application/vnd.api+json";

/** No rate-limit numbers or headers are documented [W §7]; GUESS: 429 with Retry-After in seconds. */
export const RATE_LIMIT = { status: 429, retryAfterSeconds: 1 as number | null };

export interface CarrierFacts {
  id: number;
  alias: string;
  typeName: string;
  trackingUrl: (number: string) => string;
}

/** Carriers of the default account (values ours). */
export const CARRIERS: CarrierFacts[] = [
  { id: 1, alias: "GLS", typeName: "GLS", trackingUrl: (n) => `https://gls-group.eu/track/${n}` },
  { id: 2, alias: "PostNord", typeName: "PostNord", trackingUrl: (n) => `https://tracking.postnord.com/dk/?id=${n}` },
];

/** Shipping rates of the default order channel (attribute names [W2] docs/ShippingRates.md, values ours). */
export const DEFAULT_SHIPPING_RATES = [
  { id: 6, name: "GLS Business", carrierId: 1, serviceCode: "gls_business", requireDropPoint: false },
  { id: 7, name: "GLS Pakkeshop", carrierId: 1, serviceCode: "gls_shop", requireDropPoint: true },
  { id: 8, name: "PostNord MyPack Home", carrierId: 2, serviceCode: "pdk_mypack_home", requireDropPoint: false },
];

export const DEFAULT_ORDER_CHANNEL = { id: 9, name: "Lagerbro", type: "api" };
export const DEFAULT_TOKEN = "ws-sandbox-token";
