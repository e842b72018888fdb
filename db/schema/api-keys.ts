import { sql } from "drizzle-orm";
import { index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { appRole, tenantIsolation } from "./rls";
import { tenants } from "./tenancy";

/** The key hash a Pull API request presents, set for one transaction by lib/pull-api/authenticate.ts. */
export const currentApiKeyHash = sql`nullif(current_setting('app.api_key_hash', true), '')`;

/**
 * Keys a merchant's shop uses to call the Pull API (seed 003: order and invoice history).
 *
 * The request arrives before we know the tenant. Why not a system policy (withSystem) for the
 * lookup: it would let any system transaction read every tenant's keys. Instead the lookup sets
 * `app.api_key_hash` to the SHA-256 of the presented key, and the narrow select policy below shows
 * exactly the one row with that hash: no other row, no other table, nothing writable (the
 * webhook endpoints and invitations do the same). The key itself is never stored; `prefix` is its
 * first characters, so the merchant can tell keys apart. Everything else (listing, revoking,
 * last_used_at) runs as the tenant.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** sha256 (hex) of the whole key. */
    keyHash: text("key_hash").notNull(),
    /** The key's first characters ("lbp_AbCd1234"), for display. */
    prefix: text("prefix").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_keys_key_hash_uq").on(t.keyHash),
    index("api_keys_tenant_idx").on(t.tenantId, t.createdAt.desc()),
    tenantIsolation("api_keys"),
    pgPolicy("api_keys_by_hash", { for: "select", to: appRole, using: sql`key_hash = ${currentApiKeyHash}` }),
  ],
).enableRLS();

export type ApiKey = typeof apiKeys.$inferSelect;
