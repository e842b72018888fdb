import postgres from "postgres";

export interface SeededWorld {
  bigTenantId: string;
  bigLinkIds: [string, string];
  smallTenantId: string;
  orders: number;
}

const FIRST_NAMES = ["Anna", "Erik", "Lena", "Jonas", "Maja", "Lukas", "Sofia", "Felix", "Ida", "Noah", "Ella", "Emil", "Clara", "Oskar", "Mia", "Paul", "Freja", "Ben", "Alma", "Max"];
const LAST_NAMES = [
  "Andersson", "Berg", "Christensen", "Dahl", "Eriksson", "Fischer", "Gustafsson", "Hansen", "Iversen", "Jensen", "Karlsson", "Larsen", "Lindqvist", "Lindberg",
  "Meyer", "Nielsen", "Olsen", "Petersen", "Quist", "Richter", "Schmidt", "Svensson", "Thomsen", "Ulrich", "Vogel", "Wagner", "Weber", "Xander", "Ystad", "Zimmermann",
  "Åberg", "Öberg", "Bauer", "Koch", "Wolf", "Hoffmann", "Schulz", "Becker", "Krüger", "Lund",
];

const array = (values: string[]) => `array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]`;

/** The row generator for `count` orders of series `g`; tenant and link come from the caller's select. */
function ordersSelect(prefix: string, count: number, tenantExpr: string, linkExpr: string, from: string): string {
  return `
    select ${tenantExpr}, ${linkExpr}, '${prefix}' || g, '${prefix}-' || lpad(g::text, 7, '0'),
      (case when g % 50 = 0 then 'exception' when g % 29 = 1 then 'received' when g % 13 = 2 then 'picking' when g % 11 = 3 then 'sent'
            when g % 97 = 4 then 'cancelled' when g % 17 = 5 then 'partially_shipped' else 'shipped' end)::order_status,
      jsonb_build_object(
        'sourceRef', '${prefix}' || g, 'orderNumber', '${prefix}-' || lpad(g::text, 7, '0'), 'createdAt', to_char(r.at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'currency', 'EUR', 'paymentState', 'paid', 'customer', '{}'::jsonb, 'shippingMethod', jsonb_build_object('code', '6'),
        'totals', jsonb_build_object('subtotal', ((g % 20000) / 100.0)::text, 'shipping', '4.90', 'discount', '0', 'tax', '0', 'total', ((g % 20000) / 100.0 + 4.9)::text),
        'deliveryAddress', jsonb_build_object('firstName', (${array(FIRST_NAMES)})[1 + g % ${FIRST_NAMES.length}], 'lastName', (${array(LAST_NAMES)})[1 + (g / 7) % ${LAST_NAMES.length}],
          'street', 'Hauptstraße', 'houseNumber', (1 + g % 200)::text, 'postalCode', '10115', 'city', 'Berlin', 'countryCode', 'DE'),
        'lines', jsonb_build_array(jsonb_build_object('lineRef', '1', 'sku', 'TS-BLK-M', 'name', 'T-shirt', 'quantity', 1 + g % 3, 'unitPrice', '19.99'))
      ),
      r.at, r.at + ((30 + g % 600) * interval '1 second'), r.at
    from generate_series(0, ${count - 1}) g ${from}
    cross join lateral (select now() - ((g::bigint * 7919) % (365 * 86400)) * interval '1 second' as at) r`;
}

const insertOrders = `insert into orders (tenant_id, link_id, source_ref, order_number, status, canonical, received_at, sent_at, updated_at)`;

/**
 * 100 tenants, one link each (two for the big one), and `total` orders: a tenth in the big tenant,
 * the rest spread over the other 99, received over the last year. Generated in SQL, as the owner.
 */
export async function seedOrders(ownerUrl: string, total: number, log: (line: string) => void): Promise<SeededWorld> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`insert into tenants (name) select 'Bench ' || lpad(g::text, 3, '0') from generate_series(0, 99) g`);
    await sql.unsafe(`insert into connections (tenant_id, connector_id, label, credentials_ciphertext, key_id)
      select t.id, c.connector, c.label, 'bench', 'bench' from tenants t cross join (values ('plentymarkets', 'Shop'), ('wemalo', '3PL')) c(connector, label)`);
    await sql.unsafe(`insert into links (tenant_id, source_connection_id, warehouse_connection_id, name)
      select t.id, s.id, w.id, n.name from tenants t
      join connections s on s.tenant_id = t.id and s.connector_id = 'plentymarkets'
      join connections w on w.tenant_id = t.id and w.connector_id = 'wemalo'
      cross join (values ('Shop → wemalo'), ('Second shop → wemalo')) n(name)
      where n.name = 'Shop → wemalo' or t.name = 'Bench 000'`);
    const [big] = await sql<{ id: string }[]>`select id from tenants where name = 'Bench 000'`;
    const [small] = await sql<{ id: string }[]>`select id from tenants where name = 'Bench 042'`;
    const bigLinks = await sql<{ id: string }[]>`select id from links where tenant_id = ${big!.id} order by name desc`;
    const bigCount = Math.round(total / 10);
    const started = Date.now();
    await sql.unsafe(`${insertOrders} ${ordersSelect("BIG", bigCount, `'${big!.id}'::uuid`, `(array['${bigLinks[0]!.id}', '${bigLinks[1]!.id}']::uuid[])[1 + (g % 4 = 0)::int]`, "")}`);
    log(`  ${bigCount.toLocaleString("en")} orders in the big tenant (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const rest = total - bigCount;
    const chunk = 100_000;
    for (let offset = 0; offset < rest; offset += chunk) {
      const count = Math.min(chunk, rest - offset);
      await sql.unsafe(`with tl as (
          select array_agg(t.id order by t.name) as tenant_ids, array_agg(l.id order by t.name) as link_ids
          from tenants t join links l on l.tenant_id = t.id and l.name = 'Shop → wemalo' where t.name <> 'Bench 000')
        ${insertOrders} ${ordersSelect(`S${offset / chunk}`, count, "tl.tenant_ids[1 + g % 99]", "tl.link_ids[1 + g % 99]", "cross join tl")}`);
      log(`  ${(offset + count).toLocaleString("en")} orders over the other 99 tenants (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
    await sql.unsafe(`insert into sync_cursors (tenant_id, link_id, kind, cursor) select tenant_id, id, 'intake', 'x' from links`);
    await sql.unsafe(`vacuum analyze orders`);
    await sql.unsafe(`analyze`);
    const [counted] = await sql<{ n: string }[]>`select count(*)::text as n from orders`;
    return { bigTenantId: big!.id, bigLinkIds: [bigLinks[0]!.id, bigLinks[1]!.id], smallTenantId: small!.id, orders: Number(counted!.n) };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
