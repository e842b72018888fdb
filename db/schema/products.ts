import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Product } from "@/lib/orders";
import { links } from "./pipeline";
import { tenantIsolation } from "./rls";
import { tenants } from "./tenancy";

/**
 * Where a link's product stands at the warehouse: pending (not sent yet or changed since),
 * synced (the warehouse accepted it), rejected (the warehouse said no, warehouse_error says why),
 * missing (the warehouse does not know it, e.g. an order named it and the link holds orders).
 */
export const productSyncState = pgEnum("product_sync_state", ["pending", "synced", "rejected", "missing"]);
export type ProductSyncState = (typeof productSyncState.enumValues)[number];

/** A stable small number per state, for the list's state index (enum equality is not leakproof under RLS). */
export const PRODUCT_SYNC_STATE_CODES: Record<ProductSyncState, number> = { pending: 1, synced: 2, rejected: 3, missing: 4 };

/**
 * One SKU of one link: the product as last read from the source, where it stands at the
 * warehouse, and the stock on both sides as last seen and written.
 */
export const linkProducts = pgTable(
  "link_products",
  {
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    linkId: uuid("link_id").notNull().references(() => links.id, { onDelete: "cascade" }),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    ean: text("ean"),
    /** The source's own id of the product (plentymarkets variation id), where stock is written by id. */
    sourceRef: text("source_ref"),
    /** The canonical product as last read from the source. */
    product: jsonb("product").$type<Product>().notNull(),
    /** Hash of the canonical product as last sent to the warehouse; an equal hash is not sent again. */
    productHash: text("product_hash"),
    warehouseState: productSyncState("warehouse_state").notNull().default("pending"),
    /** The partner's reason when rejected. */
    warehouseError: text("warehouse_error"),
    productSyncedAt: timestamp("product_synced_at", { withTimezone: true }),
    /** Available at the warehouse as last read; null = unknown. */
    warehouseQty: integer("warehouse_qty"),
    /** The last value written to the shop; null = never written. */
    sourceQty: integer("source_qty"),
    stockSyncedAt: timestamp("stock_synced_at", { withTimezone: true }),
    /** When the warehouse figure last changed. */
    stockChangedAt: timestamp("stock_changed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /*
     * For the products list under row-level security (see orders in ./pipeline and
     * lib/orders-query): a smallint copy of the state and lower-cased copies of SKU and name,
     * searched with starts_with(), which are leakproof and so may use an index.
     */
    stateCode: smallint("state_code").generatedAlwaysAs(
      sql.raw(`case warehouse_state ${Object.entries(PRODUCT_SYNC_STATE_CODES).map(([state, code]) => `when '${state}' then ${code}`).join(" ")} end`),
    ),
    searchSku: text("search_sku").generatedAlwaysAs(sql`lower(sku)`),
    searchName: text("search_name").generatedAlwaysAs(sql`lower(name)`),
  },
  (t) => [
    primaryKey({ columns: [t.linkId, t.sku] }),
    index("link_products_tenant_idx").on(t.tenantId),
    // The products page: by state, keyset on SKU; search on the start of SKU or name.
    index("link_products_link_state_sku_idx").on(t.linkId, t.stateCode, t.sku),
    index("link_products_link_search_sku_idx").on(t.linkId, t.searchSku.op("text_pattern_ops")),
    index("link_products_link_search_name_idx").on(t.linkId, t.searchName.op("text_pattern_ops")),
    tenantIsolation("link_products"),
  ],
).enableRLS();

export type LinkProductRow = typeof linkProducts.$inferSelect;
