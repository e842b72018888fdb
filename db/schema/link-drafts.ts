import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { connections } from "./connections";
import { links, type LinkMappings, type LinkSettings } from "./pipeline";
import { tenantIsolation } from "./rls";
import { tenants } from "./tenancy";

/** What the connect wizard has gathered so far; each step saves its part. */
export interface LinkDraftData {
  sourceConnectorId?: string;
  warehouseConnectorId?: string;
  mappings?: Partial<LinkMappings>;
  settings?: Partial<LinkSettings>;
  name?: string;
}

/** A connect wizard in progress: resumable step by step until it becomes a link. */
export const linkDrafts = pgTable(
  "link_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /** The step the merchant is on (the wizard's own step names). */
    step: text("step").notNull(),
    sourceConnectionId: uuid("source_connection_id").references(() => connections.id, { onDelete: "set null" }),
    warehouseConnectionId: uuid("warehouse_connection_id").references(() => connections.id, { onDelete: "set null" }),
    data: jsonb("data").$type<LinkDraftData>().notNull().default({}),
    /** The link it became; set once, on activation. */
    linkId: uuid("link_id").references(() => links.id, { onDelete: "set null" }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("link_drafts_tenant_idx").on(t.tenantId, t.updatedAt), tenantIsolation("link_drafts")],
).enableRLS();

export type LinkDraft = typeof linkDrafts.$inferSelect;
