import { and, asc, eq, inArray } from "drizzle-orm";
import { withTenant } from "@/db";
import { linkProducts, PRODUCT_SYNC_STATE_CODES } from "@/db/schema";
import { driftSql, expectedSql, linkBuffer } from "./list";

export const DRIFT_REPORT_LIMIT = 200;

export interface DriftReport {
  /** The shop's figure is not the warehouse figure minus the buffer (never below 0). */
  stockDiffers: Array<{ sku: string; warehouseQty: number; sourceQty: number | null; expected: number }>;
  /** Products the warehouse lacks: rejected (with its reason) or missing. */
  missingAtWarehouse: Array<{ sku: string; name: string; reason: string }>;
  /** More than DRIFT_REPORT_LIMIT of either kind: the products page's filters show them all. */
  truncated: boolean;
  checkedAt: Date;
}

/** SKUs whose stock differs between warehouse and shop after the last sync, and products the warehouse lacks. */
export async function driftReport(tenantId: string, linkId: string): Promise<DriftReport> {
  const checkedAt = new Date();
  return withTenant(tenantId, async (tx) => {
    const buffer = await linkBuffer(tx, linkId);
    if (buffer === null) return { stockDiffers: [], missingAtWarehouse: [], truncated: false, checkedAt };
    const differs = await tx
      .select({ sku: linkProducts.sku, warehouseQty: linkProducts.warehouseQty, sourceQty: linkProducts.sourceQty, expected: expectedSql(buffer) })
      .from(linkProducts)
      .where(and(eq(linkProducts.linkId, linkId), driftSql(buffer)))
      .orderBy(asc(linkProducts.sku))
      .limit(DRIFT_REPORT_LIMIT + 1);
    const missing = await tx
      .select({ sku: linkProducts.sku, name: linkProducts.name, state: linkProducts.warehouseState, error: linkProducts.warehouseError })
      .from(linkProducts)
      .where(and(eq(linkProducts.linkId, linkId), inArray(linkProducts.stateCode, [PRODUCT_SYNC_STATE_CODES.rejected, PRODUCT_SYNC_STATE_CODES.missing])))
      .orderBy(asc(linkProducts.sku))
      .limit(DRIFT_REPORT_LIMIT + 1);
    return {
      stockDiffers: differs.slice(0, DRIFT_REPORT_LIMIT).map((r) => ({ sku: r.sku, warehouseQty: r.warehouseQty!, sourceQty: r.sourceQty, expected: Number(r.expected) })),
      missingAtWarehouse: missing.slice(0, DRIFT_REPORT_LIMIT).map((r) => ({
        sku: r.sku,
        name: r.name,
        reason: r.error ?? (r.state === "missing" ? "The warehouse does not know this product." : "The warehouse rejected this product."),
      })),
      truncated: differs.length > DRIFT_REPORT_LIMIT || missing.length > DRIFT_REPORT_LIMIT,
      checkedAt,
    };
  });
}
