import { sql } from "drizzle-orm";
import { withTenant } from "@/db";
import { ORDER_STATUS_CODES } from "@/db/schema";

/** How one link is doing, for the home page. */
export interface LinkHealth {
  id: string;
  name: string;
  status: "active" | "paused";
  /** The last poll of the source or the warehouse that completed (its cursor moved). */
  lastPollAt: Date | null;
  ordersToday: number;
  /** Received, not yet at the warehouse. */
  waiting: number;
  openExceptions: number;
  /** Time from arriving in Lagerbro to accepted by the warehouse, over the last 7 days. */
  toWarehouse: { p50Ms: number; p95Ms: number; orders: number } | null;
}

interface Row extends Record<string, unknown> {
  id: string;
  name: string;
  status: "active" | "paused";
  last_poll_at: string | Date | null;
  orders_today: string | number;
  waiting: string | number;
  open_exceptions: string | number;
  sent_orders: string | number;
  p50_seconds: string | number | null;
  p95_seconds: string | number | null;
}

const WINDOW_DAYS = 7;

function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Every link of the tenant with its figures; each figure reads one index range of that link. */
export async function listLinkHealth(tenantId: string, now: Date = new Date()): Promise<LinkHealth[]> {
  const today = startOfUtcDay(now).toISOString();
  const windowStart = new Date(now.getTime() - WINDOW_DAYS * 86_400_000).toISOString();
  const rows = await withTenant(tenantId, (tx) =>
    tx.execute<Row>(sql`
      select l.id, l.name, l.status,
        (select max(c.updated_at) from sync_cursors c where c.link_id = l.id and c.kind in ('intake', 'status')) as last_poll_at,
        (select count(*) from orders o where o.link_id = l.id and o.received_at >= ${today}::timestamptz) as orders_today,
        (select count(*) from orders o where o.tenant_id = l.tenant_id and o.status_code = ${ORDER_STATUS_CODES.received} and o.link_id = l.id) as waiting,
        (select count(*) from exceptions e where e.tenant_id = l.tenant_id and e.status = 'open' and e.link_id = l.id) as open_exceptions,
        w.sent_orders, w.p50_seconds, w.p95_seconds
      from links l
      cross join lateral (
        select count(*) as sent_orders,
          percentile_cont(0.5) within group (order by extract(epoch from o.sent_at - o.received_at)) as p50_seconds,
          percentile_cont(0.95) within group (order by extract(epoch from o.sent_at - o.received_at)) as p95_seconds
        from orders o
        where o.link_id = l.id and o.received_at >= ${windowStart}::timestamptz and o.sent_at is not null
      ) w
      where l.tenant_id = ${tenantId}
      order by l.created_at, l.id`),
  );
  return [...rows].map((row) => {
    const sent = Number(row.sent_orders);
    return {
      id: row.id,
      name: row.name,
      status: row.status,
      lastPollAt: row.last_poll_at ? new Date(row.last_poll_at) : null,
      ordersToday: Number(row.orders_today),
      waiting: Number(row.waiting),
      openExceptions: Number(row.open_exceptions),
      toWarehouse: sent > 0 ? { p50Ms: Math.round(Number(row.p50_seconds) * 1000), p95Ms: Math.round(Number(row.p95_seconds) * 1000), orders: sent } : null,
    };
  });
}
