import { eq, or } from "drizzle-orm";
import { withTenant } from "@/db";
import { links } from "@/db/schema";
import { UserError } from "@/lib/errors/user-error";
import { deleteConnection } from "./store";

/** Deletes a connection no link uses; otherwise says which link to delete first. */
export async function deleteConnectionSafely(tenantId: string, connectionId: string, actorUserId?: string): Promise<void> {
  const using = await withTenant(tenantId, (tx) =>
    tx.select({ name: links.name }).from(links).where(or(eq(links.sourceConnectionId, connectionId), eq(links.warehouseConnectionId, connectionId))),
  );
  if (using.length > 0) {
    throw new UserError(`The link ${using.map((l) => `"${l.name}"`).join(", ")} uses this connection. Delete the link first.`);
  }
  await deleteConnection(tenantId, connectionId, actorUserId);
}
