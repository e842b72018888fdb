import { asc, eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { links } from "@/db/schema";

/** The tenant's links by name, for the link filter and the Link column. */
export async function listLinkNames(tenantId: string): Promise<{ id: string; name: string }[]> {
  return withTenant(tenantId, (tx) => tx.select({ id: links.id, name: links.name }).from(links).where(eq(links.tenantId, tenantId)).orderBy(asc(links.name)));
}
