import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { withTenant } from "@/db";
import { connections, exceptions, linkProducts, links, memberships, orders, shipments, tenants, users } from "@/db/schema";
import { uniqueEmail, TEST_PASSWORD } from "@/db/testing/fixtures";
import { pipelineWorld, drainOutbox, type WemaloWorld } from "@/lib/pipeline/testing";
import { intakeLink } from "@/lib/pipeline/intake";
import { pollWarehouseChanges } from "@/lib/pipeline/status-poll";
import { raiseException } from "@/lib/pipeline/exceptions";
import { recordFailure } from "@/lib/pipeline/record-failure";
import { createApiKey } from "@/lib/pull-api/keys";
import { acceptInvitation, createInvitation } from "@/lib/tenancy/invitations";
import { signUp } from "@/lib/tenancy/sign-up";
import { ensureEndpoint } from "@/lib/webhooks/endpoints";
import { createDraft } from "@/lib/wizard/drafts";

/** One merchant with something in every tenant table the app has: the walk's targets. */
export interface TenantWorld {
  sim: WemaloWorld;
  tenantId: string;
  name: string;
  owner: { userId: string; email: string };
  member: { userId: string; email: string };
  linkId: string;
  sourceConnectionId: string;
  warehouseConnectionId: string;
  orderId: string;
  orderIds: string[];
  customerNo: string;
  orderNo: string;
  shipmentId: string;
  exceptionId: string;
  /** An open unknown-SKU problem. */
  unknownSkuExceptionId: string;
  draftId: string;
  invitationId: string;
  invitationEmail: string;
  /** The invitation link's token (sent to someone else's e-mail). */
  invitationToken: string;
  productSku: string;
  apiKey: string;
  apiKeyId: string;
  webhookToken: string;
  webhookSecret: string;
  /** Strings that only this tenant's data contains: none may reach the other tenant. */
  markers: string[];
}

async function memberOf(tenantId: string, owner: { userId: string; email: string }, role: "member" | "admin", label: string) {
  const person = await signUp({ name: `${label} Person`, email: uniqueEmail(label), password: TEST_PASSWORD, company: `zz ${label} own company` });
  const { link } = await createInvitation({ tenantId, actor: { userId: owner.userId, role: "owner", name: "Owner" }, email: person.email, role });
  await acceptInvitation(link.split("/invite/")[1]!, { id: person.userId, email: person.email });
  return { userId: person.userId, email: person.email };
}

export async function tenantWorld(label: string): Promise<TenantWorld> {
  const sim = await pipelineWorld("wemalo");
  const tenantId = sim.tenantId;
  const name = `${label} ${crypto.randomUUID().slice(0, 6)}`;
  const [ownerRow] = await withTenant(tenantId, (tx) => tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.tenantId, tenantId)));
  // Names that appear nowhere else, so a leak is visible in whatever the other tenant is shown.
  const owner = await withTenant(tenantId, async (tx) => {
    await tx.update(tenants).set({ name }).where(eq(tenants.id, tenantId));
    await tx.update(links).set({ name: `${name} link` }).where(eq(links.id, sim.linkId));
    await tx.update(connections).set({ label: `${name} shop` }).where(eq(connections.id, sim.sourceConnectionId));
    await tx.update(connections).set({ label: `${name} warehouse` }).where(eq(connections.id, sim.warehouseConnectionId));
    return ownerRow!;
  });
  const [{ email: ownerEmail }] = (await withTenant(tenantId, (tx) => tx.select({ email: users.email }).from(users).where(eq(users.id, owner.userId)))) as [{ email: string }];
  const ownerInfo = { userId: owner.userId, email: ownerEmail };

  sim.plenty.control.createOrders(3);
  await intakeLink(tenantId, sim.linkId);
  await drainOutbox(tenantId);
  let orderRows = await withTenant(tenantId, (tx) => tx.select().from(orders).where(eq(orders.linkId, sim.linkId)));
  sim.wemalo.control.ship(orderRows[0]!.sourceRef);
  await pollWarehouseChanges(tenantId, sim.linkId);
  await drainOutbox(tenantId);
  await recordFailure(tenantId, orderRows[1]!.id, new Error(`${name} failure`));

  // Both worlds run the same seeded shop, so their order and customer numbers would be equal: make B's its own.
  const tag = name.replaceAll(" ", "-");
  orderRows = await withTenant(tenantId, async (tx) => {
    await tx
      .update(orders)
      .set({ orderNumber: sql`${tag} || '-' || ${orders.orderNumber}`, canonical: sql`jsonb_set(${orders.canonical}, '{customer,customerRef}', to_jsonb(${`${tag}-customer`}::text))` })
      .where(eq(orders.linkId, sim.linkId));
    return tx.select().from(orders).where(eq(orders.linkId, sim.linkId));
  });
  const productSku = `${tag}-SKU`;
  await withTenant(tenantId, (tx) =>
    tx.insert(linkProducts).values({ tenantId, linkId: sim.linkId, sku: productSku, name: `${name} mug`, product: { sku: productSku, name: `${name} mug`, barcodes: [], active: true }, warehouseQty: 7, sourceQty: 5 }),
  );
  // An open unknown-SKU problem too, the kind "Create product and retry" acts on.
  await withTenant(tenantId, (tx) =>
    raiseException(tx, tenantId, { linkId: sim.linkId, orderId: orderRows[2]!.id, kind: "unknown_sku", message: `${productSku} is not at the warehouse`, detail: { skus: [productSku] } }),
  );
  const member = await memberOf(tenantId, ownerInfo, "member", `${label}-member`);
  const invited = await createInvitation({ tenantId, actor: { userId: owner.userId, role: "owner", name: "Owner" }, email: uniqueEmail(`${label}-invitee`), role: "admin" });
  const draft = await createDraft(tenantId, owner.userId);
  const key = await createApiKey(tenantId, { name: `${name} key`, createdBy: owner.userId });
  const endpoint = await withTenant(tenantId, (tx) => ensureEndpoint(tx, tenantId, sim.warehouseConnectionId));

  const [shipment] = await withTenant(tenantId, (tx) => tx.select().from(shipments));
  const [exception] = await withTenant(tenantId, (tx) => tx.select().from(exceptions).where(eq(exceptions.kind, "retries_exhausted")));
  const [unknownSku] = await withTenant(tenantId, (tx) => tx.select().from(exceptions).where(eq(exceptions.kind, "unknown_sku")));
  const withCustomer = orderRows[0]!;
  if (withCustomer.customerNo !== `${tag}-customer`) throw new Error(`the walk's orders carry no customer number of their own (${withCustomer.customerNo})`);
  const ids = [tenantId, sim.linkId, sim.sourceConnectionId, sim.warehouseConnectionId, draft.id, invited.invitation.id, key.id, endpoint.row.id, shipment!.id, exception!.id, unknownSku!.id, ...orderRows.map((o) => o.id)];
  return {
    sim,
    tenantId,
    name,
    owner: ownerInfo,
    member,
    linkId: sim.linkId,
    sourceConnectionId: sim.sourceConnectionId,
    warehouseConnectionId: sim.warehouseConnectionId,
    orderId: orderRows[0]!.id,
    orderIds: orderRows.map((o) => o.id),
    customerNo: withCustomer.customerNo ?? "",
    orderNo: withCustomer.orderNumber,
    shipmentId: shipment!.id,
    exceptionId: exception!.id,
    unknownSkuExceptionId: unknownSku!.id,
    draftId: draft.id,
    invitationId: invited.invitation.id,
    invitationEmail: invited.invitation.email,
    invitationToken: invited.link.split("/invite/")[1]!,
    productSku,
    apiKey: key.key,
    apiKeyId: key.id,
    webhookToken: endpoint.token,
    webhookSecret: endpoint.secret,
    // Its secrets too: the API key, the webhook URL token and secret, the invitation token.
    markers: [name, tag, ownerEmail, member.email, invited.invitation.email, key.prefix, key.key, endpoint.token, endpoint.secret, invited.link.split("/invite/")[1]!, ...ids],
  };
}

/**
 * Everything stored for a tenant, read as the table owner (past row-level security): every table
 * with a tenant_id, the tenant row, and its members' user rows. Equal before and after means
 * nothing of the tenant changed.
 */
export async function tenantSnapshot(tenantId: string): Promise<Record<string, unknown[]>> {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' order by 1`;
    const snapshot: Record<string, readonly unknown[]> = {};
    for (const { table_name } of tables) {
      snapshot[table_name] = await sql`select * from ${sql(table_name)} where tenant_id = ${tenantId} order by 1, 2`;
    }
    snapshot.tenants = await sql`select * from tenants where id = ${tenantId}`;
    snapshot.users = await sql`select u.* from users u join memberships m on m.user_id = u.id where m.tenant_id = ${tenantId} order by u.id`;
    return JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown[]>;
  } finally {
    await sql.end();
  }
}
