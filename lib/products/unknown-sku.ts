import { and, eq, inArray, ne } from "drizzle-orm";
import { withTenant } from "@/db";
import { linkProducts, type Link, type OrderRow } from "@/db/schema";
import { isPartnerError, needsMerchant } from "@/lib/http/errors";
import type { WarehouseSide } from "@/lib/pipeline/open-link";
import { recordEvent } from "@/lib/pipeline/timeline";
import { createOrderProducts } from "./order-products";
import { syncSettingsOf } from "./settings";

export function isUnknownSkuError(error: unknown): boolean {
  return isPartnerError(error) && error.kind !== "transient" && error.reason === "unknown_sku";
}

/**
 * Order-send's submit under the link's unknown-SKU policy. When the warehouse does not know an
 * article of the order: with "create_and_resend" the order's products are created there and the
 * order is submitted once more; with "hold" (the default) the error stands, so the order waits as
 * an "unknown SKU" exception, and the products it named are marked missing for the drift report.
 */
export async function submitCreatingUnknownProducts<T>(tenantId: string, link: Link, order: OrderRow, warehouse: WarehouseSide, submit: () => Promise<T>): Promise<T> {
  try {
    return await submit();
  } catch (error) {
    if (!isUnknownSkuError(error)) throw error;
    if (syncSettingsOf(link.settings).unknownSkuPolicy !== "create_and_resend") {
      await markMissing(tenantId, link, order, (error as Error).message);
      throw error;
    }
    const { created, rejected } = await createOrderProducts(tenantId, link, order, warehouse);
    await withTenant(tenantId, (tx) =>
      recordEvent(tx, tenantId, order.id, {
        kind: "products_created",
        message: rejected.length
          ? `The warehouse did not know every article; creating them failed for ${rejected.map((r) => `${r.sku} (${r.reason})`).join(", ")}.`
          : `The warehouse did not know every article: created ${created.join(", ")} there and sent the order again.`,
        detail: { created, rejected },
      }),
    );
    if (rejected.length > 0) {
      throw needsMerchant(warehouse.connector.id, "unknown_sku", `unknown SKU ${rejected.map((r) => r.sku).join(", ")}; the warehouse refused to create it: ${rejected.map((r) => r.reason).join("; ")}`);
    }
    return await submit();
  }
}

/** The order's SKUs the warehouse named as unknown (all of its SKUs when it named none) are missing there. */
async function markMissing(tenantId: string, link: Link, order: OrderRow, message: string): Promise<void> {
  const lines = [...new Map(order.canonical.lines.map((l) => [l.sku, l])).values()];
  const named = lines.filter((l) => message.includes(l.sku));
  const missing = named.length > 0 ? named : lines;
  const reason = `The warehouse did not know this product when order ${order.orderNumber} was sent.`;
  await withTenant(tenantId, async (tx) => {
    // Rows for SKUs product sync has not read yet, described by the order line.
    await tx
      .insert(linkProducts)
      .values(missing.map((l) => ({ tenantId, linkId: link.id, sku: l.sku, name: l.name.trim() || l.sku, product: { sku: l.sku, name: l.name.trim() || l.sku, barcodes: [], active: true }, warehouseState: "missing" as const, warehouseError: reason })))
      .onConflictDoNothing();
    await tx
      .update(linkProducts)
      .set({ warehouseState: "missing", warehouseError: reason, updatedAt: new Date() })
      .where(and(eq(linkProducts.linkId, link.id), inArray(linkProducts.sku, missing.map((l) => l.sku)), ne(linkProducts.warehouseState, "rejected")));
  });
}
