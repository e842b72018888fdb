import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantIsolation } from "./rls";
import { tenants } from "./tenancy";

export const connectionStatus = pgEnum("connection_status", ["untested", "ok", "failing"]);

/** One tenant's credentials and discovered settings for one partner system. */
export const connections = pgTable(
  "connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    connectorId: text("connector_id").notNull(),
    label: text("label").notNull(),
    /** AES-256-GCM envelope of the credentials; it names the key it was sealed with. */
    credentialsCiphertext: text("credentials_ciphertext").notNull(),
    keyId: text("key_id").notNull(),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    discovered: jsonb("discovered").$type<Record<string, unknown>>(),
    status: connectionStatus("status").notNull().default("untested"),
    lastTestedAt: timestamp("last_tested_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("connections_tenant_idx").on(t.tenantId), tenantIsolation("connections")],
).enableRLS();

/** Every partner call of a connection, secrets redacted before they get here. */
export const connectionRequests = pgTable(
  "connection_requests",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    connectionId: uuid("connection_id").notNull().references(() => connections.id, { onDelete: "cascade" }),
    operation: text("operation"),
    method: text("method").notNull(),
    url: text("url").notNull(),
    status: integer("status"),
    durationMs: integer("duration_ms").notNull(),
    attempt: integer("attempt").notNull(),
    requestBody: text("request_body"),
    responseBody: text("response_body"),
    error: text("error"),
    errorKind: text("error_kind"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index("connection_requests_connection_idx").on(t.connectionId, t.id), tenantIsolation("connection_requests")],
).enableRLS();

export type Connection = typeof connections.$inferSelect;
export type ConnectionRequest = typeof connectionRequests.$inferSelect;
