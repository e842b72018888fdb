import { sql } from "drizzle-orm";
import { pgPolicy, pgRole } from "drizzle-orm/pg-core";

/**
 * The role the app connects as. It owns no table, so row-level security applies to it.
 * Created idempotently by the first (custom) migration, because roles are per cluster.
 */
export const appRole = pgRole("lagerbro_app").existing();

// After set_config(..., true) has been used on a connection, later transactions read '' (not NULL).
export const currentTenantId = sql`nullif(current_setting('app.tenant_id', true), '')::uuid`;
export const currentUserId = sql`nullif(current_setting('app.user_id', true), '')::uuid`;
export const currentInvitationTokenHash = sql`nullif(current_setting('app.invitation_token_hash', true), '')`;

/** The policy every tenant-owned table carries: rows of the tenant set for this transaction. */
export function tenantIsolation(table: string) {
  return pgPolicy(`${table}_tenant_isolation`, {
    for: "all",
    to: appRole,
    using: sql`tenant_id = ${currentTenantId}`,
    withCheck: sql`tenant_id = ${currentTenantId}`,
  });
}

export const isSystemContext = sql`nullif(current_setting('app.system', true), '') = 'on'`;

/** A second policy for tables that background work reads across tenants (see withSystem). */
export function systemAccess(table: string, access: "select" | "all" = "select") {
  return pgPolicy(`${table}_system_${access}`, {
    for: access,
    to: appRole,
    using: isSystemContext,
    ...(access === "all" ? { withCheck: isSystemContext } : {}),
  });
}
