import postgres from "postgres";

/** The customer number that holds 1,000 orders in the measured tenant (and a few in another). */
export const TARGET_CUSTOMER = "4711";
export const TARGET_ORDERS = 1000;
const TENANTS = 10;

export interface PullWorld {
  tenantId: string;
  orders: number;
  targetOrderNumbers: string[];
}

/** One order of series g as SQL: canonical built like intake stores it (both addresses, two lines). */
function ordersSelect(prefix: string, count: number, tenantExpr: string, linkExpr: string, customerExpr: string, from: string): string {
  return `
    select ${tenantExpr}, ${linkExpr}, '${prefix}' || g, '${prefix}-' || lpad(g::text, 7, '0'),
      (case when g % 40 = 0 then 'cancelled' when g % 9 = 1 then 'sent' else 'shipped' end)::order_status,
      jsonb_build_object(
        'sourceRef', '${prefix}' || g, 'orderNumber', '${prefix}-' || lpad(g::text, 7, '0'),
        'createdAt', to_char(r.at, 'YYYY-MM-DD"T"HH24:MI:SS"+01:00"'),
        'currency', 'SEK', 'paymentState', (case when g % 7 = 0 then 'unpaid' else 'paid' end),
        'customer', jsonb_strip_nulls(jsonb_build_object('customerRef', ${customerExpr}, 'language', 'sv')),
        'shippingMethod', jsonb_build_object('code', '6'),
        'totals', jsonb_build_object('subtotal', ((g % 20000) / 100.0)::text, 'shipping', '49.00', 'discount', '0', 'tax', '20.00', 'total', ((g % 20000) / 100.0 + 49)::text),
        'invoiceAddress', jsonb_build_object('company', 'Kund AB', 'firstName', 'Anna', 'lastName', 'Berg', 'street', 'Storgatan', 'houseNumber', (1 + g % 90)::text, 'postalCode', '11122', 'city', 'Stockholm', 'countryCode', 'SE'),
        'deliveryAddress', jsonb_build_object('firstName', 'Anna', 'lastName', 'Berg', 'street', 'Lagervägen', 'houseNumber', '2', 'postalCode', '41101', 'city', 'Göteborg', 'countryCode', 'SE'),
        'lines', jsonb_build_array(
          jsonb_build_object('lineRef', '1', 'sku', 'TS-BLK-M', 'name', 'T-shirt', 'quantity', 1 + g % 3, 'unitPrice', '199.00'),
          jsonb_build_object('lineRef', '2', 'sku', 'MUG-WHT', 'name', 'Mugg', 'quantity', 1, 'unitPrice', '89.00'))
      ),
      r.at, r.at
    from generate_series(0, ${count - 1}) g ${from}
    cross join lateral (select now() - ((g::bigint * 94583) % (3 * 365 * 86400)) * interval '1 second' as at) r`;
}

const insertOrders = `insert into orders (tenant_id, link_id, source_ref, order_number, status, canonical, received_at, updated_at)`;

/**
 * `total` orders over 10 tenants, generated in SQL as the owner: customer 4711 holds 1,000 of the
 * first tenant's orders (over three years) and 50 in the second; the others belong to ~200,000
 * customer numbers, and one in ten has none. A quarter of the orders (all of 4711's) have a
 * shipment with two parcels.
 */
export async function seedPullWorld(ownerUrl: string, total: number, log: (line: string) => void): Promise<PullWorld> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`insert into tenants (name) select 'Pull ' || g from generate_series(0, ${TENANTS - 1}) g`);
    await sql.unsafe(`insert into connections (tenant_id, connector_id, label, credentials_ciphertext, key_id)
      select t.id, c.connector, c.label, 'bench', 'bench' from tenants t cross join (values ('vendre', 'Shop'), ('wemalo', '3PL')) c(connector, label)`);
    await sql.unsafe(`insert into links (tenant_id, source_connection_id, warehouse_connection_id, name)
      select t.id, s.id, w.id, 'Shop → 3PL' from tenants t
      join connections s on s.tenant_id = t.id and s.connector_id = 'vendre' join connections w on w.tenant_id = t.id and w.connector_id = 'wemalo'`);
    const tl = `(select array_agg(t.id order by t.name) as tenant_ids, array_agg(l.id order by t.name) as link_ids from tenants t join links l on l.tenant_id = t.id) tl`;
    const started = Date.now();
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    // The measured customer: 1,000 orders in tenant "Pull 0", 50 with the same number in "Pull 1".
    await sql.unsafe(`${insertOrders} ${ordersSelect("T", TARGET_ORDERS, "tl.tenant_ids[1]", "tl.link_ids[1]", `'${TARGET_CUSTOMER}'`, `cross join ${tl}`)}`);
    await sql.unsafe(`${insertOrders} ${ordersSelect("X", 50, "tl.tenant_ids[2]", "tl.link_ids[2]", `'${TARGET_CUSTOMER}'`, `cross join ${tl}`)}`);
    const rest = total - TARGET_ORDERS - 50;
    const chunk = 100_000;
    for (let offset = 0; offset < rest; offset += chunk) {
      const count = Math.min(chunk, rest - offset);
      const customer = `(case when g % 10 = 9 then null else (100000 + ((g + ${offset})::bigint * 7919) % 200000)::text end)`;
      await sql.unsafe(`${insertOrders} ${ordersSelect(`S${offset / chunk}`, count, `tl.tenant_ids[1 + g % ${TENANTS}]`, `tl.link_ids[1 + g % ${TENANTS}]`, customer, `cross join ${tl}`)}`);
      log(`  ${(TARGET_ORDERS + 50 + offset + count).toLocaleString("en")} orders (${elapsed()})`);
    }
    await sql.unsafe(`insert into shipments (tenant_id, order_id, shipment_ref, parcels, lines, partial, shipped_at)
      select tenant_id, id, 'S-' || order_number,
        jsonb_build_array(
          jsonb_build_object('trackingNumber', '0034' || lpad((abs(hashtext(order_number)))::text, 16, '0'), 'carrier', 'PostNord', 'trackingUrl', 'https://tracking.postnord.com/se/?id=' || order_number),
          jsonb_build_object('trackingNumber', 'JJD' || lpad((abs(hashtext(source_ref)))::text, 12, '0'), 'carrier', 'PostNord')),
        '[]'::jsonb, false, received_at + interval '1 day'
      from orders where status = 'shipped' and (customer_no = '${TARGET_CUSTOMER}' or abs(hashtext(order_number)) % 4 = 0)`);
    log(`  shipments (${elapsed()})`);
    await sql.unsafe(`vacuum analyze orders`);
    await sql.unsafe(`vacuum analyze shipments`);
    await sql.unsafe(`analyze`);
    const [tenant] = await sql<{ id: string }[]>`select id from tenants where name = 'Pull 0'`;
    const target = await sql<{ n: string }[]>`select order_number as n from orders where tenant_id = ${tenant!.id} and customer_no = ${TARGET_CUSTOMER} order by order_number`;
    const [counted] = await sql<{ n: string }[]>`select count(*)::text as n from orders`;
    return { tenantId: tenant!.id, orders: Number(counted!.n), targetOrderNumbers: target.map((r) => r.n) };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
