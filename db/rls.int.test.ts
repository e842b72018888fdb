import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { setDbContext, type Database, type Tx } from "./index";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
import { runMigrations } from "./migrate";
import * as schema from "./schema";
import { auditEvents, invitations, memberships, tenants, users } from "./schema";

/**
 * Row-level security, checked at the database through the app role, on the embedded Postgres
 * always and on the server Postgres whenever the suite runs against one (CI does).
 */
const targets: { name: string; url: () => Promise<string> }[] = [
  { name: "embedded PGlite", url: async () => startOwnEmbedded() },
];
if (inject("databaseKind") === "server") targets.push({ name: "server Postgres", url: async () => inject("databaseUrl") });

let embedded: EmbeddedPostgres | undefined;
async function startOwnEmbedded(): Promise<string> {
  embedded = await startEmbeddedPostgres({ dir: "memory://", port: 0 });
  await runMigrations(embedded.url);
  return embedded.url;
}
afterAll(async () => embedded?.stop());

/** Drizzle wraps the driver's error; the database's own message is in its cause. */
function violatesRls(error: unknown): boolean {
  const cause = (error as { cause?: { message?: string } }).cause;
  return /row-level security/.test(cause?.message ?? String(error));
}

describe.each(targets)("row-level security on $name", (target) => {
  let client: postgres.Sql;
  let owner: postgres.Sql;
  let db: Database;
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  let userA: string;
  let userB: string;

  beforeAll(async () => {
    const ownerUrl = await target.url();
    const appUrl = new URL(ownerUrl);
    appUrl.username = "lagerbro_app";
    owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    client = postgres(appUrl.toString(), { max: 2, onnotice: () => {} });
    db = drizzle(client, { schema });
    [userA, userB] = await db.transaction(async (tx) => {
      await setDbContext(tx, {});
      const rows = await tx
        .insert(users)
        .values([{ email: `a-${tenantA}@example.test` }, { email: `b-${tenantB}@example.test` }])
        .returning({ id: users.id });
      return rows.map((r) => r.id);
    }) as [string, string];
    for (const [tenantId, userId, name] of [[tenantA, userA, "Tenant A"], [tenantB, userB, "Tenant B"]] as const) {
      await db.transaction(async (tx) => {
        await setDbContext(tx, { tenantId, userId });
        await tx.insert(tenants).values({ id: tenantId, name });
        await tx.insert(memberships).values({ tenantId, userId, role: "owner" });
        await tx.insert(invitations).values({ tenantId, email: `x-${tenantId}@example.test`, tokenHash: `hash-${tenantId}`, expiresAt: new Date(Date.now() + 86_400_000) });
      });
    }
  });

  afterAll(async () => {
    await client?.end();
    await owner?.end();
  });

  const asTenantA = <T,>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
    db.transaction(async (tx) => {
      await setDbContext(tx, { tenantId: tenantA, userId: userA });
      return fn(tx);
    });

  it("connects as a role that owns no table and is no superuser", async () => {
    const [role] = await owner`select rolsuper, rolbypassrls from pg_roles where rolname = 'lagerbro_app'`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await owner`select tablename from pg_tables where schemaname = 'public' and tableowner = 'lagerbro_app'`;
    expect(owned).toHaveLength(0);
  });

  it("gives every table with tenant_id row-level security and a policy", async () => {
    const rows = await owner`
      select c.relname as table, c.relrowsecurity as rls,
             (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from information_schema.columns col where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row, `table ${row.table}`).toMatchObject({ rls: true, policies: expect.any(Number) });
    for (const row of rows) expect(row.policies, `policies of ${row.table}`).toBeGreaterThan(0);
  });

  it("reads none of tenant B's rows as tenant A", async () => {
    const seen = await asTenantA(async (tx) => ({
      tenant: await tx.select().from(tenants).where(eq(tenants.id, tenantB)),
      memberships: await tx.select().from(memberships).where(eq(memberships.tenantId, tenantB)),
      invitations: await tx.select().from(invitations).where(eq(invitations.tenantId, tenantB)),
      ownTenant: await tx.select().from(tenants).where(eq(tenants.id, tenantA)),
    }));
    expect(seen.tenant).toHaveLength(0);
    expect(seen.memberships).toHaveLength(0);
    expect(seen.invitations).toHaveLength(0);
    expect(seen.ownTenant).toHaveLength(1);
  });

  it("changes none of tenant B's rows as tenant A", async () => {
    const changed = await asTenantA(async (tx) => ({
      renamed: await tx.update(tenants).set({ name: "hijacked" }).where(eq(tenants.id, tenantB)).returning(),
      demoted: await tx.update(memberships).set({ role: "member" }).where(eq(memberships.tenantId, tenantB)).returning(),
      deleted: await tx.delete(invitations).where(eq(invitations.tenantId, tenantB)).returning(),
    }));
    expect(changed).toEqual({ renamed: [], demoted: [], deleted: [] });
    const [b] = await owner`select name from tenants where id = ${tenantB}`;
    expect(b?.name).toBe("Tenant B");
  });

  it("refuses to write a row into tenant B as tenant A", async () => {
    await expect(asTenantA((tx) => tx.insert(memberships).values({ tenantId: tenantB, userId: userA, role: "owner" }))).rejects.toSatisfy(violatesRls);
    await expect(
      asTenantA((tx) => tx.insert(invitations).values({ tenantId: tenantB, email: "evil@example.test", tokenHash: `evil-${randomUUID()}`, expiresAt: new Date() })),
    ).rejects.toSatisfy(violatesRls);
    await expect(asTenantA((tx) => tx.update(memberships).set({ tenantId: tenantB }).where(eq(memberships.tenantId, tenantA)))).rejects.toSatisfy(violatesRls);
  });

  it("scopes every policy of a tenant table to a setting of the transaction (none is open to all)", async () => {
    const policies = await owner`
      select p.tablename as table, p.policyname as policy, coalesce(p.qual, '') as using, coalesce(p.with_check, '') as check
      from pg_policies p
      where p.schemaname = 'public'
        and exists (select 1 from information_schema.columns c where c.table_schema = 'public' and c.table_name = p.tablename and c.column_name = 'tenant_id')`;
    expect(policies.length).toBeGreaterThan(10);
    for (const p of policies) {
      const expressions = `${p.using} ${p.check}`;
      expect(expressions, `${p.table}.${p.policy}`).toMatch(/current_setting\('app\./);
      expect(p.using.trim(), `${p.table}.${p.policy}`).not.toBe("true");
    }
  });

  it("keeps the audit log append-only: a tenant reads and adds its own rows, changes and deletes none", async () => {
    const [row] = await asTenantA((tx) => tx.insert(auditEvents).values({ tenantId: tenantA, actorUserId: userA, action: "team.renamed", targetType: "team", targetId: tenantA }).returning());
    expect(row).toBeDefined();
    const changed = await asTenantA(async (tx) => ({
      updated: await tx.update(auditEvents).set({ action: "nothing.happened" }).where(eq(auditEvents.id, row!.id)).returning(),
      deleted: await tx.delete(auditEvents).where(eq(auditEvents.id, row!.id)).returning(),
    }));
    expect(changed).toEqual({ updated: [], deleted: [] });
    const [kept] = await owner`select action from audit_events where id = ${row!.id}`;
    expect(kept?.action).toBe("team.renamed");
    const seenByB = await db.transaction(async (tx) => {
      await setDbContext(tx, { tenantId: tenantB, userId: userB });
      return tx.select().from(auditEvents).where(eq(auditEvents.id, row!.id));
    });
    expect(seenByB).toHaveLength(0);
    await expect(asTenantA((tx) => tx.insert(auditEvents).values({ tenantId: tenantB, action: "team.renamed", targetType: "team" }))).rejects.toSatisfy(violatesRls);
  });

  it("shows no tenant rows to a transaction that set no tenant", async () => {
    const rows = await db.transaction(async (tx) => {
      await setDbContext(tx, {});
      return tx.execute(sql`select (select count(*) from tenants)::int as t, (select count(*) from memberships)::int as m, (select count(*) from invitations)::int as i`);
    });
    expect(rows[0]).toEqual({ t: 0, m: 0, i: 0 });
  });
});
