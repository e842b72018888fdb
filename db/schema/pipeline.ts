import { sql } from "drizzle-orm";
import { bigserial, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Order, Parcel, ReturnLine, ShippedLine } from "@/lib/orders";
import { connections } from "./connections";
import { systemAccess, tenantIsolation } from "./rls";
import { tenants } from "./tenancy";

// ---- links ------------------------------------------------------------------------------

export const linkStatus = pgEnum("link_status", ["active", "paused"]);

/**
 * How a link maps one side onto the other. Source statuses left out fall back to the source
 * connection's own settings (plentymarkets: 5 → 5.1, 6.2, 6.3, 7, 8 → 8.8, 9).
 */
export interface LinkMappings {
  /** Source status that means "ready to fulfil" (plentymarkets 5). */
  readyStatus?: string;
  /** Set at the source once the warehouse has the order (5.1). */
  handoverStatus?: string;
  /** Set at the source once everything shipped (7). */
  shippedStatus?: string;
  /** Set at the source after a partial shipment; empty keeps the status. */
  partiallyShippedStatus?: string;
  addressErrorStatus?: string;
  stockErrorStatus?: string;
  otherErrorStatus?: string;
  /** Source statuses that mean "cancelled" (8, 8.1). */
  cancelStatuses?: string[];
  cancelHandledStatus?: string;
  cancelTooLateStatus?: string;
  /** Source status that announces a return (9), and the one set once the warehouse has it. */
  returnStatus?: string;
  returnHandledStatus?: string;
  /** Source shipping method code → warehouse shipping code (dispatcher profile, transporter). */
  shippingMethods: Record<string, string>;
  /** "same": the source SKU is the warehouse SKU; "mapped": only SKUs in skuMap are known. */
  skuPolicy: "same" | "mapped";
  /** Source SKU → warehouse SKU; with skuPolicy "same" it still overrides single SKUs. */
  skuMap: Record<string, string>;
}

export interface LinkSettings {
  /** Minutes between scheduled polls of this link. */
  scheduleMinutes: number;
  /** Who sends the shipping e-mail to the customer: the shop (status change) or the 3PL. */
  customerEmailBy: "shop" | "3pl";
  /** Reconciliation: an order still not at the warehouse after this many minutes is drift. */
  sendDeadlineMinutes?: number;
  /*
   * Products and stock (lib/products, lib/stock). Optional here because links stored before them
   * lack them; read them through syncSettingsOf() in lib/products/settings.ts, which fills the defaults.
   */
  /** An order naming a SKU the warehouse lacks: create the product there and resend, or hold it as an exception. Default "hold". */
  unknownSkuPolicy?: "create_and_resend" | "hold";
  /** The shop is shown this many fewer than the warehouse holds (never below 0). Default 0. */
  stockBuffer?: number;
  /** Write the warehouse's stock to the shop. Default true. */
  stockSync?: boolean;
  /** Send the shop's products to the warehouse. Default true. */
  productSync?: boolean;
  /*
   * Direction and trigger (seed 002; lib/pipeline/link-flow.ts validates and fills them). Set
   * for a pair of systems that can each be either side (Rackbeat and Webshipper): the link syncs
   * one way only, `<source connector>_to_<warehouse connector>`.
   */
  direction?: `${string}_to_${string}`;
  /** When the source hands an order over: once it is created, or per shipment (partial shipments). For sources that offer the choice. */
  trigger?: "order_created" | "shipment_created";
}

export const defaultLinkMappings: LinkMappings = { shippingMethods: {}, skuPolicy: "same", skuMap: {} };
export const defaultLinkSettings: LinkSettings = { scheduleMinutes: 5, customerEmailBy: "shop", sendDeadlineMinutes: 30 };

/** One source connected to one warehouse, with its mappings and schedule. */
export const links = pgTable(
  "links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    sourceConnectionId: uuid("source_connection_id").notNull().references(() => connections.id, { onDelete: "restrict" }),
    warehouseConnectionId: uuid("warehouse_connection_id").notNull().references(() => connections.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    status: linkStatus("status").notNull().default("active"),
    mappings: jsonb("mappings").$type<LinkMappings>().notNull().default(defaultLinkMappings),
    settings: jsonb("settings").$type<LinkSettings>().notNull().default(defaultLinkSettings),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("links_tenant_idx").on(t.tenantId),
    index("links_status_idx").on(t.status),
    tenantIsolation("links"),
    // The cron fan-out lists the active links of every tenant.
    systemAccess("links"),
  ],
).enableRLS();

// ---- orders -----------------------------------------------------------------------------

export const orderStatus = pgEnum("order_status", [
  "received",
  "sent",
  "accepted",
  "picking",
  "partially_shipped",
  "shipped",
  "cancel_requested",
  "cancelled",
  "returned",
  "exception",
]);
export type OrderStatus = (typeof orderStatus.enumValues)[number];

/** A stable small number per status, for the list's status index (see statusCode below). */
export const ORDER_STATUS_CODES: Record<OrderStatus, number> = {
  received: 1,
  sent: 2,
  accepted: 3,
  picking: 4,
  partially_shipped: 5,
  shipped: 6,
  cancel_requested: 7,
  cancelled: 8,
  returned: 9,
  exception: 10,
};

/** The delivery address's "first last", or its company when it names no person. */
const CUSTOMER_NAME_SQL = `nullif(btrim(coalesce(canonical->'deliveryAddress'->>'firstName', '') || ' ' || coalesce(canonical->'deliveryAddress'->>'lastName', '')), ''), canonical->'deliveryAddress'->>'company'`;

/** One order of one link, stored once per source reference. */
export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    linkId: uuid("link_id").notNull().references(() => links.id, { onDelete: "cascade" }),
    sourceRef: text("source_ref").notNull(),
    orderNumber: text("order_number").notNull(),
    status: orderStatus("status").notNull().default("received"),
    canonical: jsonb("canonical").$type<Order>().notNull(),
    warehouseRef: text("warehouse_ref"),
    /** The warehouse's own status code, as last reported. */
    warehouseStatus: text("warehouse_status"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** Set when nothing more will happen to the order (shipped and written back, cancelled, returned). */
    settledAt: timestamp("settled_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** The delivery address's person (or company), kept beside the canonical order for the list. */
    customerName: text("customer_name").generatedAlwaysAs(sql.raw(`coalesce(${CUSTOMER_NAME_SQL}, '')`)),
    /*
     * For the orders list under row-level security: Postgres uses a user's condition in an index
     * only when every function applied to a column in it is leakproof, and lower(), LIKE and enum
     * equality are not. So the list filters on a smallint copy of the status and searches
     * lower-cased copies with starts_with(), which are (lib/orders-query/list-orders.ts).
     */
    statusCode: smallint("status_code").generatedAlwaysAs(sql.raw(`case status ${Object.entries(ORDER_STATUS_CODES).map(([status, code]) => `when '${status}' then ${code}`).join(" ")} end`)),
    searchNumber: text("search_number").generatedAlwaysAs(sql`lower(order_number)`),
    searchName: text("search_name").generatedAlwaysAs(sql.raw(`lower(coalesce(${CUSTOMER_NAME_SQL}, ''))`)),
    searchLastName: text("search_last_name").generatedAlwaysAs(sql`lower(canonical->'deliveryAddress'->>'lastName')`),
    /*
     * For the Pull API (lib/pull-api): the shop's customer number and the order's date as the
     * shop wrote it ("YYYY-MM-DD" of canonical createdAt, in the shop's own offset), as plain
     * columns so that an index serves "this customer's orders between two dates" under RLS.
     */
    customerNo: text("customer_no").generatedAlwaysAs(sql`canonical->'customer'->>'customerRef'`),
    orderDate: text("order_date").generatedAlwaysAs(sql`left(canonical->>'createdAt', 10)`),
  },
  (t) => [
    uniqueIndex("orders_link_source_ref_uq").on(t.linkId, t.sourceRef),
    index("orders_link_order_number_idx").on(t.linkId, t.orderNumber),
    // The orders list (lib/orders-query): newest first per tenant, by status, by link; keyset on (received_at, id).
    index("orders_tenant_received_idx").on(t.tenantId, t.receivedAt.desc(), t.id.desc()),
    index("orders_tenant_status_code_received_idx").on(t.tenantId, t.statusCode, t.receivedAt.desc(), t.id.desc()),
    index("orders_link_received_idx").on(t.linkId, t.receivedAt.desc(), t.id.desc()),
    // Search: the start of the order number, the customer's name, their last name (lower case).
    index("orders_tenant_search_number_idx").on(t.tenantId, t.searchNumber.op("text_pattern_ops")),
    index("orders_tenant_search_name_idx").on(t.tenantId, t.searchName.op("text_pattern_ops")),
    index("orders_tenant_search_last_name_idx").on(t.tenantId, t.searchLastName.op("text_pattern_ops")),
    // The Pull API: one customer's orders, newest first, by date range (only orders with a customer number).
    index("orders_tenant_customer_no_date_idx").on(t.tenantId, t.customerNo, t.orderDate.desc(), t.id.desc()).where(sql`customer_no is not null`),
    tenantIsolation("orders"),
  ],
).enableRLS();

/** The order's timeline: every step, what was asked and answered (redacted). */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.id), tenantIsolation("order_events")],
).enableRLS();

/** What the warehouse sent in one go; written back to the source exactly once. */
export const shipments = pgTable(
  "shipments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    shipmentRef: text("shipment_ref").notNull(),
    parcels: jsonb("parcels").$type<Parcel[]>().notNull(),
    lines: jsonb("lines").$type<ShippedLine[]>().notNull(),
    partial: boolean("partial").notNull(),
    shippedAt: timestamp("shipped_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    writtenBackAt: timestamp("written_back_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("shipments_order_ref_uq").on(t.orderId, t.shipmentRef), index("shipments_tenant_idx").on(t.tenantId), tenantIsolation("shipments")],
).enableRLS();

/** Returns, from the source (announced) and the warehouse (booked in), once per reference. */
export const returnOrigin = pgEnum("return_origin", ["source", "warehouse"]);

export const orderReturns = pgTable(
  "order_returns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
    origin: returnOrigin("origin").notNull(),
    returnRef: text("return_ref").notNull(),
    lines: jsonb("lines").$type<ReturnLine[]>().notNull(),
    reason: text("reason"),
    received: boolean("received").notNull().default(false),
    /** Told to the warehouse (announced) or to the source (return status set). */
    forwardedAt: timestamp("forwarded_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("order_returns_ref_uq").on(t.orderId, t.origin, t.returnRef), tenantIsolation("order_returns")],
).enableRLS();

// ---- exceptions -------------------------------------------------------------------------

export const exceptionKind = pgEnum("exception_kind", [
  "bad_address",
  "unknown_sku",
  "unmapped_shipping_method",
  "out_of_stock",
  "credentials_rejected",
  "warehouse_started",
  "partner_error",
  "retries_exhausted",
  "drift",
  "product_rejected",
]);
export type ExceptionKind = (typeof exceptionKind.enumValues)[number];
export const exceptionStatus = pgEnum("exception_status", ["open", "resolved"]);

/** A problem that waits for a person. At most one open exception per order (or link) and kind. */
export const exceptions = pgTable(
  "exceptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    linkId: uuid("link_id").notNull().references(() => links.id, { onDelete: "cascade" }),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "cascade" }),
    kind: exceptionKind("kind").notNull(),
    message: text("message").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
    status: exceptionStatus("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("exceptions_open_order_kind_uq").on(t.orderId, t.kind).where(sql`status = 'open' and order_id is not null`),
    uniqueIndex("exceptions_open_link_kind_uq").on(t.linkId, t.kind).where(sql`status = 'open' and order_id is null`),
    index("exceptions_tenant_status_idx").on(t.tenantId, t.status),
    tenantIsolation("exceptions"),
  ],
).enableRLS();

// ---- sync cursors -----------------------------------------------------------------------

export const syncKind = pgEnum("sync_kind", ["intake", "status", "cancellations", "returns", "warehouse_returns", "products", "stock"]);
export type SyncKind = (typeof syncKind.enumValues)[number];

/** Where each poll of a link left off; opaque to all but the connector that made it. */
export const syncCursors = pgTable(
  "sync_cursors",
  {
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    linkId: uuid("link_id").notNull().references(() => links.id, { onDelete: "cascade" }),
    kind: syncKind("kind").notNull(),
    cursor: text("cursor"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.linkId, t.kind] }), tenantIsolation("sync_cursors")],
).enableRLS();

// ---- outbox -----------------------------------------------------------------------------

/** Events for the background engine, written in the same transaction as the change they announce. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    availableAt: timestamp("available_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [
    index("outbox_pending_idx").on(t.availableAt, t.id).where(sql`sent_at is null`),
    tenantIsolation("outbox"),
    // The relay reads and marks rows of every tenant.
    systemAccess("outbox", "all"),
  ],
).enableRLS();

export type Link = typeof links.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type OrderEvent = typeof orderEvents.$inferSelect;
export type ShipmentRow = typeof shipments.$inferSelect;
export type OrderReturnRow = typeof orderReturns.$inferSelect;
export type ExceptionRow = typeof exceptions.$inferSelect;
export type SyncCursor = typeof syncCursors.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
