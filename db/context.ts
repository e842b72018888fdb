import { sql } from "drizzle-orm";
import { getDb, type Tx } from "./client";

export interface DbContext {
  tenantId?: string;
  userId?: string;
  invitationTokenHash?: string;
  /** Background work across tenants (cron fan-out, outbox relay); only tables with a system policy open up. */
  system?: boolean;
}

/**
 * Sets who this transaction acts for. Row-level-security policies read these settings.
 * `SET LOCAL ROLE` makes the policies apply even where the connection is a superuser
 * (the embedded PGlite serves every connection as `postgres`).
 */
export async function setDbContext(tx: Tx, context: DbContext): Promise<void> {
  await tx.execute(sql`set local role lagerbro_app`);
  await tx.execute(sql`select
    set_config('app.tenant_id', ${context.tenantId ?? ""}, true),
    set_config('app.user_id', ${context.userId ?? ""}, true),
    set_config('app.invitation_token_hash', ${context.invitationTokenHash ?? ""}, true),
    set_config('app.system', ${context.system ? "on" : ""}, true)`);
}

/** Runs `fn` in one transaction acting for the given tenant, user or invitation. */
export async function withDbContext<T>(context: DbContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await setDbContext(tx, context);
    return fn(tx);
  });
}

/** The one way to touch a tenant's rows: one transaction, `app.tenant_id` set for it. */
export function withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>, userId?: string): Promise<T> {
  return withDbContext({ tenantId, userId }, fn);
}

/** Reads across the tenants a user belongs to (memberships, the tenant switcher). */
export function withUser<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withDbContext({ userId }, fn);
}

/**
 * Background work that spans tenants: reads the rows a table's system policy allows (e.g. the
 * active links for a cron fan-out, the outbox for the relay). Tenant work then goes through withTenant.
 */
export function withSystem<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withDbContext({ system: true }, fn);
}

/** Global tables only (users, sign-in failures, reset tokens, the dev mailbox). */
export function withoutTenant<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withDbContext({}, fn);
}
