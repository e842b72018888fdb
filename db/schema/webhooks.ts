import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { connections } from "./connections";
import { appRole, tenantIsolation } from "./rls";
import { tenants } from "./tenancy";

/** The token hash a webhook request presents, set for one transaction by lib/webhooks/find-endpoint.ts. */
export const currentWebhookTokenHash = sql`nullif(current_setting('app.webhook_token_hash', true), '')`;

/**
 * Where one connection's partner sends its webhooks: `/api/webhooks/<token>`.
 *
 * Why a token and not the connection id in the URL: the request arrives before we know the
 * tenant, and a connection id is not a secret. The URL carries 32 random bytes; only their
 * SHA-256 is stored (token_hash). The intake sets `app.webhook_token_hash` for its transaction and
 * the narrow policy below lets it see exactly the one row whose token it holds, no other row and
 * no other table (no system-wide read, no SECURITY DEFINER function). Unknown, disabled, or
 * another tenant's anything → the same 404. The signing secret (Webshipper HMAC key, wemalo and
 * Ongoing shared token) is sealed like connection credentials, bound to this row's id; the token
 * is sealed beside it so the URL can be registered again.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id").notNull().references(() => connections.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    /** AES-256-GCM envelope of { token, secret }, context = id. */
    secretCiphertext: text("secret_ciphertext").notNull(),
    keyId: text("key_id").notNull(),
    /** Null while no link uses it; the intake answers 404 then. */
    enabledAt: timestamp("enabled_at", { withTimezone: true }),
    /** What the partner accepted, or what the merchant must set up by hand (Ongoing). */
    registeredEvents: jsonb("registered_events").$type<string[]>(),
    registeredAt: timestamp("registered_at", { withTimezone: true }),
    manualSteps: text("manual_steps"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("webhook_endpoints_token_hash_uq").on(t.tokenHash),
    uniqueIndex("webhook_endpoints_connection_uq").on(t.connectionId),
    index("webhook_endpoints_tenant_idx").on(t.tenantId),
    tenantIsolation("webhook_endpoints"),
    pgPolicy("webhook_endpoints_by_token", { for: "select", to: appRole, using: sql`token_hash = ${currentWebhookTokenHash}` }),
  ],
).enableRLS();

/**
 * One delivery as received, stored before it is acknowledged. Unique per connection and the
 * partner's delivery id, or `sha256:<hex of the raw body>` when the partner sends none.
 * status: received → processed | ignored (a topic we do not handle) | failed (parse refused it).
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id").notNull().references(() => connections.id, { onDelete: "cascade" }),
    dedupeKey: text("dedupe_key").notNull(),
    topic: text("topic"),
    /** Request headers without credentials (signature, token, authorization, cookie). */
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    body: text("body").notNull(),
    status: text("status").$type<"received" | "processed" | "ignored" | "failed">().notNull().default("received"),
    /** Changes the connector parsed from it (processed). */
    changes: integer("changes"),
    error: text("error"),
    /** Repeats of the same delivery that were absorbed. */
    repeats: integer("repeats").notNull().default(0),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_connection_dedupe_uq").on(t.connectionId, t.dedupeKey),
    index("webhook_deliveries_connection_received_idx").on(t.connectionId, t.receivedAt.desc()),
    index("webhook_deliveries_tenant_idx").on(t.tenantId),
    tenantIsolation("webhook_deliveries"),
  ],
).enableRLS();

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
