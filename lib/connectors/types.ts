import type { z } from "zod";
import type {
  Cancellation,
  CancellationResult,
  CanonicalStatus,
  Order,
  OrderRef,
  Product,
  Return,
  Shipment,
  StatusChange,
  StockLevel,
} from "@/lib/orders";
import type { HttpAuth, HttpClient, RequestLogSink } from "@/lib/http/types";
import type { RateLimitPolicy } from "@/lib/http/rate-limit";
import type { CredentialSchema } from "./credentials";
import type { ListProductsInput, SourceProduct, StockWrite, StockWriteResult } from "./sync-types";

/**
 * The connector contract. A connector is data plus functions, registered by id in ./index.ts.
 * Operations receive a ConnectorContext built per connection and throw PartnerError
 * (lib/http/errors) for every failure, classified as transient, permanent or needs_merchant.
 */

export type ConnectorSide = "source" | "warehouse" | "both";

export interface ConnectorLogger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export interface ConnectorContext<C = unknown, S = unknown> {
  tenantId: string;
  connectionId: string;
  /** Decrypted for this call only; never log or return them. */
  credentials: C;
  /** Connection settings parsed by the connector's settingsSchema (ready status, ack status...). */
  settings: S;
  /** The HTTP client for this connection: base URL, auth, retries, rate limits, budget, request log. */
  http: HttpClient;
  log: ConnectorLogger;
  requestLog: RequestLogSink;
  now(): Date;
  signal?: AbortSignal;
}

/** One choice the partner offered, for the mapping screens (a status, a warehouse, a carrier profile). */
export interface DiscoveredOption {
  id: string;
  label: string;
  /** Extra facts worth showing or mapping on ("carrier": "DHL", "parentId": "5"). */
  details?: Record<string, string>;
}

export interface Discovered {
  statuses?: DiscoveredOption[];
  warehouses?: DiscoveredOption[];
  storageLocations?: DiscoveredOption[];
  /** Shipping profiles (plentymarkets), dispatcher profiles (wemalo), transporters (Ongoing). */
  shippingProfiles?: DiscoveredOption[];
  /** wemalo shops, Ongoing goods owners, plentymarkets clients (plentyId). */
  accounts?: DiscoveredOption[];
  returnStatuses?: DiscoveredOption[];
  [other: string]: DiscoveredOption[] | undefined;
}

export interface TestConnectionResult {
  /** Who we are logged in as: shop name, goods owner, backend user. */
  account: { id: string; name: string };
  discovered: Discovered;
}

/** A page of results from a cursor-driven list. Cursors are opaque to everyone but their connector. */
export interface Page<T> {
  items: T[];
  /** Pass back on the next call; null when the partner gave no position (start again from the beginning). */
  nextCursor: string | null;
  /** True when more items are waiting right now. */
  hasMore: boolean;
}

export interface CursorInput {
  cursor: string | null;
  /** Upper bound per call; the connector may return fewer. */
  limit?: number;
}

// ---- source side ----------------------------------------------------------------------

export type SourceProblem = "address" | "stock" | "other";

export interface SourceOperations<C, S> {
  /** Orders ready to fulfil (plentymarkets status 5), oldest first. */
  listReadyOrders(ctx: ConnectorContext<C, S>, input: CursorInput): Promise<Page<Order>>;
  /** The order reached the warehouse: move it on (5 → 5.1). Idempotent. */
  acknowledge(ctx: ConnectorContext<C, S>, input: { order: OrderRef }): Promise<void>;
  /** Flag a problem at the source (address → 6.2, stock → 6.3). Idempotent. */
  reportProblem(ctx: ConnectorContext<C, S>, input: { order: OrderRef; problem: SourceProblem; message: string }): Promise<void>;
  /**
   * Write one shipment (tracking numbers, carrier, lines) and set the mapped status.
   * Writing the same shipmentRef twice must not duplicate packages.
   */
  writeShipment(ctx: ConnectorContext<C, S>, input: { order: OrderRef; shipment: Shipment; status: CanonicalStatus }): Promise<void>;
  /** Orders the source cancelled (plentymarkets 8 / 8.0) that were not handled yet. */
  listCancellations(ctx: ConnectorContext<C, S>, input: CursorInput): Promise<Page<Cancellation>>;
  /** Record what became of a cancellation (plentymarkets 8.0 → 8.8), so it is not listed again. */
  acknowledgeCancellation(ctx: ConnectorContext<C, S>, input: { order: OrderRef; result: CancellationResult }): Promise<void>;
  /** Returns announced at the source (plentymarkets 9 / 9.0.1). */
  listReturns(ctx: ConnectorContext<C, S>, input: CursorInput): Promise<Page<Return>>;
  /** Optional: mark a return handled at the source. */
  acknowledgeReturn?(ctx: ConnectorContext<C, S>, input: { ret: Return }): Promise<void>;
  /** Optional (product sync): the catalogue, or what changed since `updatedSince`, a page at a time. */
  listProducts?(ctx: ConnectorContext<C, S>, input: ListProductsInput): Promise<Page<SourceProduct>>;
  /** Optional (unknown SKU at order time): these SKUs' products; SKUs the source lacks are left out. */
  getProducts?(ctx: ConnectorContext<C, S>, input: { skus: string[] }): Promise<SourceProduct[]>;
  /** Optional (stock sync): set the stock the shop shows, per SKU (plentymarkets: the connection's warehouse and storage location). */
  writeStock?(ctx: ConnectorContext<C, S>, input: { changes: StockWrite[] }): Promise<StockWriteResult[]>;
  /**
   * Optional, for a source that ships orders itself (Webshipper, seed 002): the shipments it made
   * for one order we handed over, oldest first. Read only when the link's other side records
   * shipments (WarehouseOperations.recordShipment) instead of making them.
   */
  listOrderShipments?(ctx: ConnectorContext<C, S>, input: { order: OrderRef }): Promise<Shipment[]>;
  /**
   * Optional, for a source where the merchant can also ship the order itself (Rackbeat, seed 002:
   * "in either Rackbeat or Webshipper you can dispatch orders, after which the order in the other
   * system is marked 'sent'"): of these orders we handed over, the ones now shipped at the source.
   * Read only when the link's other side can be told (WarehouseOperations.markSent).
   */
  listShippedAtSource?(ctx: ConnectorContext<C, S>, input: { orders: OrderRef[] }): Promise<OrderRef[]>;
}

// ---- warehouse side -------------------------------------------------------------------

export interface SubmitOrderInput {
  order: Order;
  /** The warehouse's shipping code the link mapped order.shippingMethod to (wemalo dispatcher profile, Ongoing transporter). */
  shippingCode?: string;
}

export interface SubmitOrderResult {
  warehouseRef: string;
  status: CanonicalStatus;
  /** False when the order already existed and the call changed nothing (a retry). */
  created: boolean;
}

/** One thing the warehouse reported since the cursor: a status change, maybe with a shipment. */
export type WarehouseChange = StatusChange;

export interface StockQuery {
  skus?: string[];
  /** Only SKUs whose stock changed since this time. */
  changedSince?: Date;
}

export interface ProductUpsertResult {
  sku: string;
  outcome: "created" | "updated" | "unchanged" | "failed";
  error?: string;
}

/**
 * What became of marking an order sent at the warehouse: marked now; already sent there (it shipped
 * it itself: its own shipments come through the status poll); cancelled there; or not found.
 */
export interface MarkSentResult {
  outcome: "marked" | "already_sent" | "cancelled" | "not_found";
  /** The warehouse's status code afterwards, when it named one. */
  partnerStatus?: string;
}

export interface WarehouseOperations<C, S> {
  /**
   * Hand an order to the warehouse. MUST be idempotent, keyed on order.orderNumber: a retry
   * returns the existing order with created=false instead of making a second one.
   * Unknown SKU / bad address → PartnerError kind needs_merchant (reason unknown_sku / bad_address).
   */
  submitOrder(ctx: ConnectorContext<C, S>, input: SubmitOrderInput): Promise<SubmitOrderResult>;
  /** Cancel while the warehouse has not started; otherwise outcome "too_late", never a silent drop. */
  cancelOrder(ctx: ConnectorContext<C, S>, input: { order: OrderRef; reason?: string }): Promise<CancellationResult>;
  /** Status changes (with shipments) since the cursor, oldest first. */
  listChanges(ctx: ConnectorContext<C, S>, input: CursorInput): Promise<Page<WarehouseChange>>;
  /** The current state of one order, for a manual refresh or after a webhook that only names it. */
  getOrderStatus?(ctx: ConnectorContext<C, S>, input: { order: OrderRef }): Promise<WarehouseChange | null>;
  getStockLevels?(ctx: ConnectorContext<C, S>, input: StockQuery): Promise<StockLevel[]>;
  /**
   * Create or update products, in the partner's batches. One result per product: "failed" means
   * the warehouse refused that product and `error` is its reason; what a retry may fix is thrown.
   */
  upsertProducts?(ctx: ConnectorContext<C, S>, input: { products: Product[] }): Promise<ProductUpsertResult[]>;
  /**
   * Optional (stock sync): available stock that changed since the cursor (null = all of it),
   * page by page. May repeat an unchanged figure (wemalo counts in whole hours); the caller
   * writes only what differs from what it wrote last.
   */
  listStockChanges?(ctx: ConnectorContext<C, S>, input: CursorInput): Promise<Page<StockLevel>>;
  /** Tell the warehouse a return is coming (wemalo returns/announce). */
  announceReturn?(ctx: ConnectorContext<C, S>, input: { ret: Return }): Promise<{ warehouseRef: string }>;
  /** Returns the warehouse booked in since the cursor. */
  listReturns?(ctx: ConnectorContext<C, S>, input: CursorInput): Promise<Page<Return>>;
  /**
   * Optional, for a receiving side that does not ship (Rackbeat as the ERP of a Webshipper →
   * Rackbeat link, seed 002): record a shipment the source made, so the order is marked sent here
   * too. When present, the link's shipments come from the source and are written here, not back
   * to the source. Writing the same shipmentRef twice must change nothing.
   */
  recordShipment?(ctx: ConnectorContext<C, S>, input: { order: OrderRef; shipment: Shipment; status: CanonicalStatus }): Promise<void>;
  /**
   * Optional, for a warehouse that also takes "it has left" from outside (Webshipper as the
   * warehouse of a Rackbeat → Webshipper link, seed 002): the source shipped the order, so mark it
   * sent here and it is not shipped twice. Never marks what the warehouse shipped or cancelled
   * itself. Marking twice must change nothing.
   */
  markSent?(ctx: ConnectorContext<C, S>, input: { order: OrderRef }): Promise<MarkSentResult>;
}

// ---- webhooks -------------------------------------------------------------------------

/** A webhook as received: stored raw before it is acknowledged, parsed later. */
export interface InboundWebhook {
  headers: Record<string, string>;
  /** Raw body text. */
  body: string;
  receivedAt: Date;
}

export interface WebhookRegistration {
  events: string[];
  /** When the partner cannot register by API (Ongoing: admin UI), what the merchant must do. */
  manualSteps?: string;
  /**
   * Secrets the partner issued for what was registered (Rackbeat: one token per webhook, shown
   * only when it is created). Kept sealed with the endpoint, beside those kept before, and handed
   * to verify.
   */
  partnerSecrets?: string[];
}

export interface WebhookDescription {
  deliveryId?: string;
  topic?: string;
  /** The body as it may be stored, when the raw one carries our secret (wemalo's token); parse must accept it. */
  bodyToStore?: string;
}

export interface WebhookSupport<C, S> {
  /** Event names this connector understands ("status_update", "trackingnumber_added"). */
  events: readonly string[];
  /** Register our endpoint for all events; omit when the partner only allows it in its UI. */
  register?(ctx: ConnectorContext<C, S>, input: { url: string; secret: string; /** What earlier registrations returned as partnerSecrets. */ partnerSecrets?: string[] }): Promise<WebhookRegistration>;
  /** Remove what register made for this URL (link deleted); returns how many were removed. */
  unregister?(ctx: ConnectorContext<C, S>, input: { url: string }): Promise<number>;
  /**
   * After verify, before we store: the partner's delivery id (for de-duplication; absent → a hash
   * of the raw body) and topic (one of `events`, else stored as ignored). Null when the body is
   * not what this partner sends (not JSON...): 400, nothing stored. Absent → the body must be JSON.
   */
  describe?(input: InboundWebhook): WebhookDescription | null;
  /** Cheap authenticity check before we store and acknowledge (shared token, timing-safe); partnerSecrets as registered. */
  verify(input: InboundWebhook, secret: string, partnerSecrets?: readonly string[]): boolean;
  /** Turn a stored webhook into changes; may call the partner (wemalo tracking needs a follow-up GET). */
  parse(ctx: ConnectorContext<C, S>, input: InboundWebhook): Promise<WarehouseChange[]>;
}

// ---- the connector --------------------------------------------------------------------

/**
 * Something a connector cannot do, for the link page to show and the link rules to follow.
 * no_status_updates: the partner reports nothing back (Bonver by file, seed 000), so the shop
 * must send the shipping e-mail itself; no_tracking: statuses come back, tracking does not;
 * no_cancellation: an order cannot be withdrawn through Lagerbro once handed over.
 */
export interface ConnectorLimitation {
  code: "no_status_updates" | "no_tracking" | "no_cancellation";
  /** One sentence for the merchant. */
  message: string;
}

export interface ConnectorDefinition<C = unknown, S = unknown> {
  /** Stable id, stored on connections ("plentymarkets", "wemalo", "ongoing"). */
  id: string;
  label: string;
  side: ConnectorSide;
  /** Draws the wizard's form; fields built with credentialField(). Secret fields are encrypted and never shown again. */
  credentialSchema: CredentialSchema & z.ZodType<C>;
  /** Per-connection options with defaults (ready status "5", ack status "5.1"); drawn by the same form. */
  settingsSchema?: CredentialSchema & z.ZodType<S>;
  /** Base URL of the partner for these credentials (merchant-entered URL or a fixed host). */
  baseUrl(credentials: C): string;
  /** Per-partner header interpretation (lib/http/rate-limit); default: 429 + Retry-After. */
  rateLimitPolicy?: RateLimitPolicy;
  /**
   * How ctx.http authenticates. `http` is an unauthenticated client for the same partner
   * (for a login call); onUnauthorized lets a token be refreshed once after a 401.
   */
  auth?(input: { credentials: C; http: HttpClient }): HttpAuth;
  /** Our own ceiling per connection, below the partner's limit (plentymarkets allows ~3 parallel users). */
  callBudget?: { maxCalls: number; windowMs: number };
  /** Per-attempt timeout; default 30 s. */
  timeoutMs?: number;
  /** Log in, read the account and what there is to map. Wrong credentials → PartnerError needs_merchant. */
  testConnection(ctx: ConnectorContext<C, S>): Promise<TestConnectionResult>;
  source?: SourceOperations<C, S>;
  warehouse?: WarehouseOperations<C, S>;
  webhooks?: WebhookSupport<C, S>;
  /** What this connector cannot do; absent when nothing is known. */
  limitations?: readonly ConnectorLimitation[];
}

/**
 * A connector of any credential type, as the registry holds it. Operations are declared as
 * methods, so a ConnectorDefinition<PlentyCredentials> is assignable here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry is heterogeneous by design
export type AnyConnector = ConnectorDefinition<any, any>;

/** Identity helper that checks a connector against the contract and keeps its types. */
export function defineConnector<C, S = Record<string, never>>(connector: ConnectorDefinition<C, S>): ConnectorDefinition<C, S> {
  if (connector.side !== "warehouse" && !connector.source) throw new Error(`connector ${connector.id}: side ${connector.side} needs source operations`);
  if (connector.side !== "source" && !connector.warehouse) throw new Error(`connector ${connector.id}: side ${connector.side} needs warehouse operations`);
  return connector;
}
