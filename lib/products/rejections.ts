import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { exceptions, linkProducts, PRODUCT_SYNC_STATE_CODES } from "@/db/schema";
import { raiseException, resolveLinkExceptions } from "@/lib/pipeline/exceptions";

const LISTED = 20;

/**
 * The link's one open "product_rejected" exception mirrors its rejected products: opened (or its
 * message and list brought up to date) while any is rejected, resolved once none is. The
 * warehouse's reason per SKU is in the detail and on the products page.
 */
export async function refreshRejectionException(tx: Tx, tenantId: string, linkId: string): Promise<number> {
  const rejectedCode = PRODUCT_SYNC_STATE_CODES.rejected;
  const [total] = await tx.select({ n: count() }).from(linkProducts).where(and(eq(linkProducts.linkId, linkId), eq(linkProducts.stateCode, rejectedCode)));
  const n = Number(total?.n ?? 0);
  if (n === 0) {
    await resolveLinkExceptions(tx, linkId, ["product_rejected"]);
    return 0;
  }
  const first = await tx
    .select({ sku: linkProducts.sku, reason: linkProducts.warehouseError })
    .from(linkProducts)
    .where(and(eq(linkProducts.linkId, linkId), eq(linkProducts.stateCode, rejectedCode)))
    .orderBy(asc(linkProducts.sku))
    .limit(LISTED);
  const example = first[0]!;
  const message =
    n === 1
      ? `The warehouse rejected product ${example.sku}: ${example.reason ?? "no reason given"}`
      : `The warehouse rejected ${n} products, e.g. ${example.sku}: ${example.reason ?? "no reason given"}`;
  const detail = { rejected: n, products: first.map((r) => ({ sku: r.sku, reason: r.reason ?? "" })) };
  const opened = await raiseException(tx, tenantId, { linkId, kind: "product_rejected", message, detail });
  if (!opened) {
    await tx
      .update(exceptions)
      .set({ message, detail })
      .where(and(eq(exceptions.linkId, linkId), isNull(exceptions.orderId), eq(exceptions.kind, "product_rejected"), eq(exceptions.status, "open")));
  }
  return n;
}
