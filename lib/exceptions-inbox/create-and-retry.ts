import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db";
import { exceptions, orders } from "@/db/schema";
import { createProductAndRetry } from "@/lib/products";

export interface CreateAndRetryOutcome {
  /** Orders whose unknown products now exist at the warehouse and that were sent again. */
  retried: Array<{ orderNumber: string; created: string[] }>;
  /** Orders that stay held because the warehouse refused a product, with its reason per SKU. */
  refused: Array<{ orderNumber: string; rejected: Array<{ sku: string; reason: string }> }>;
  /** Chosen problems that are not an open unknown-SKU problem of an order of this team. */
  skipped: number;
}

/**
 * The inbox's "Create product and retry", for one problem or the chosen ones: every open
 * unknown-SKU exception of an order has its products created at the warehouse and the order
 * retried, once per order. Other kinds and other tenants' ids (invisible under RLS) are skipped.
 */
export async function createProductsAndRetry(tenantId: string, exceptionIds: string[], userId?: string): Promise<CreateAndRetryOutcome> {
  const ids = [...new Set(exceptionIds)].filter((id) => z.uuid().safeParse(id).success);
  const rows =
    ids.length === 0
      ? []
      : await withTenant(tenantId, (tx) =>
          tx
            .selectDistinct({ orderId: orders.id, orderNumber: orders.orderNumber })
            .from(exceptions)
            .innerJoin(orders, eq(orders.id, exceptions.orderId))
            .where(and(eq(exceptions.tenantId, tenantId), inArray(exceptions.id, ids), eq(exceptions.status, "open"), eq(exceptions.kind, "unknown_sku"), isNotNull(exceptions.orderId))),
        );
  const outcome: CreateAndRetryOutcome = { retried: [], refused: [], skipped: exceptionIds.length - rows.length };
  for (const row of rows) {
    const result = await createProductAndRetry(tenantId, row.orderId, userId);
    if (result.retried) outcome.retried.push({ orderNumber: row.orderNumber, created: result.created });
    else outcome.refused.push({ orderNumber: row.orderNumber, rejected: result.rejected });
  }
  return outcome;
}

/** The outcome in one toast-sized sentence or two. */
export function describeCreateAndRetry(outcome: CreateAndRetryOutcome): { ok: boolean; message: string } {
  const parts: string[] = [];
  if (outcome.retried.length === 1) {
    const [one] = outcome.retried;
    const created = one!.created.length ? `Created ${one!.created.join(", ")} at the warehouse; ` : "";
    parts.push(`${created}order ${one!.orderNumber} goes to the warehouse again in a moment.`);
  } else if (outcome.retried.length > 1) {
    const skus = [...new Set(outcome.retried.flatMap((r) => r.created))];
    parts.push(`${skus.length ? `Created ${skus.length} product${skus.length === 1 ? "" : "s"} at the warehouse; ` : ""}${outcome.retried.length} orders go to the warehouse again in a moment.`);
  }
  for (const held of outcome.refused) {
    const reasons = held.rejected.map((r) => `${r.sku}: ${r.reason}`).join("; ");
    parts.push(`Order ${held.orderNumber} stays here: the warehouse refused ${reasons || "the product"}.`);
  }
  if (parts.length === 0) return { ok: false, message: "None of the chosen problems is an unknown SKU that can still be fixed this way (it is fixed already, or another kind of problem)." };
  return { ok: outcome.retried.length > 0, message: parts.join(" ") };
}
