import postgres from "postgres";

/**
 * EXPLAIN ANALYZE of one query exactly as the app runs it: as lagerbro_app with the tenant set
 * (so row-level security is in the plan), with its parameters bound.
 */
export async function explain(appUrl: string, tenantId: string, query: { sql: string; params: unknown[] }): Promise<string> {
  const sql = postgres(appUrl, { max: 1, onnotice: () => {} });
  try {
    return await sql.begin(async (tx) => {
      await tx.unsafe(`set local role lagerbro_app`);
      await tx.unsafe(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const rows = await tx.unsafe(`explain (analyze, buffers, costs off) ${query.sql}`, query.params as never[]);
      return rows.map((row) => String((row as Record<string, unknown>)["QUERY PLAN"])).join("\n");
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** A sequential scan of the orders table anywhere in the plan. */
export function seqScansOnOrders(plan: string): boolean {
  return /Seq Scan on orders\b/.test(plan);
}
