import { sql } from "drizzle-orm";
import { index, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { appRole, currentTenantId } from "./rls";
import { tenants } from "./tenancy";

/** What an audit row may say about a change: which fields, names, roles; never a secret's value. */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

/**
 * Who changed credentials, mappings, members, links and API keys, and when. Written in the same
 * transaction as the change (lib/audit), read by owners and admins on Settings → Activity.
 * Append-only for the app: its tenant may read and add rows, never change or delete one (no
 * update or delete policy); rows go only with their tenant (foreign key cascade).
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    /** The person who made the change; null for background work or a removed account. */
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** e.g. `connection.credentials_changed`, `member.role_changed` (lib/audit/actions.ts). */
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    details: jsonb("details").$type<AuditDetails>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_events_tenant_created_idx").on(t.tenantId, t.createdAt.desc(), t.id.desc()),
    pgPolicy("audit_events_tenant_read", { for: "select", to: appRole, using: sql`tenant_id = ${currentTenantId}` }),
    pgPolicy("audit_events_tenant_append", { for: "insert", to: appRole, withCheck: sql`tenant_id = ${currentTenantId}` }),
  ],
).enableRLS();

export type AuditEvent = typeof auditEvents.$inferSelect;
