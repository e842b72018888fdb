import { sql } from "drizzle-orm";
import { index, pgEnum, pgPolicy, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { appRole, currentInvitationTokenHash, currentTenantId, currentUserId, tenantIsolation } from "./rls";

export const memberRole = pgEnum("member_role", ["owner", "admin", "member"]);
export type MemberRole = (typeof memberRole.enumValues)[number];

export const tenants = pgTable(
  "tenants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    pgPolicy("tenants_current", {
      for: "all",
      to: appRole,
      using: sql`id = ${currentTenantId}`,
      withCheck: sql`id = ${currentTenantId}`,
    }),
    // The tenant switcher lists every tenant the signed-in user belongs to.
    pgPolicy("tenants_of_current_user", {
      for: "select",
      to: appRole,
      using: sql`id in (select m.tenant_id from memberships m where m.user_id = ${currentUserId})`,
    }),
  ],
).enableRLS();

export const memberships = pgTable(
  "memberships",
  {
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
    tenantIsolation("memberships"),
    pgPolicy("memberships_of_current_user", { for: "select", to: appRole, using: sql`user_id = ${currentUserId}` }),
  ],
).enableRLS();

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: memberRole("role").notNull().default("member"),
    /** sha256 of the token in the link; the token itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("invitations_tenant_idx").on(t.tenantId),
    tenantIsolation("invitations"),
    // Whoever holds the link may read and accept that one invitation, before being a member.
    pgPolicy("invitations_by_token", {
      for: "all",
      to: appRole,
      using: sql`token_hash = ${currentInvitationTokenHash}`,
      withCheck: sql`token_hash = ${currentInvitationTokenHash}`,
    }),
  ],
).enableRLS();

export type Tenant = typeof tenants.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
