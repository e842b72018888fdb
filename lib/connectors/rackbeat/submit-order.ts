import { z } from "zod";
import type { SubmitOrderInput, SubmitOrderResult } from "@/lib/connectors/types";
import { needsMerchant, parseResponse, PartnerError } from "@/lib/http";
import { rbCall, type RackbeatContext } from "./api";
import { ensureCatalog } from "./ensure-catalog";
import { toRackbeatDraft } from "./map-order";
import { canonicalStatus } from "./map-status";
import { findByReference } from "./orders-read";
import { errorText, rbErrorSchema, rbOrderSchema, wrapped, type RbOrder } from "./schemas";

/**
 * Rackbeat receives the order (seed 002, Webshipper → Rackbeat): missing products and the customer
 * are created, the order is stored as a draft [R1] and booked [R1]. Idempotent on their_reference =
 * our order number: a retry finds the order (and books it if the crash came before booking).
 * shippingCode is the Rackbeat delivery term the link mapped the Webshipper rate to.
 */
export async function submitOrder(ctx: RackbeatContext, input: SubmitOrderInput): Promise<SubmitOrderResult> {
  const existing = await findByReference(ctx, input.order.orderNumber);
  if (existing) return { warehouseRef: String(existing.number), status: canonicalStatus(await booked(ctx, existing)), created: false };

  const catalog = await ensureCatalog(ctx, input.order);
  if (catalog.createdProducts.length > 0 || catalog.createdCustomer) {
    ctx.log.info("Rackbeat catalog completed for the order", { orderNumber: input.order.orderNumber, products: catalog.createdProducts, customer: catalog.createdCustomer ? catalog.customerNumber : undefined });
  }
  const res = await rbCall(ctx, {
    method: "POST",
    path: "/orders/drafts",
    body: toRackbeatDraft(input.order, { customerNumber: catalog.customerNumber, deliveryTermsId: input.shippingCode }),
    schema: z.union([wrapped("order", rbOrderSchema), rbErrorSchema]),
    acceptStatus: [422],
    operation: "create order",
  });
  if (res.status === 422) {
    const reason = errorText(res.data) ?? "no reason given";
    if (/delivery_terms/.test(reason)) throw needsMerchant("rackbeat", "unmapped", `Rackbeat does not know delivery term ${input.shippingCode}: ${reason}`);
    throw new PartnerError({ kind: "permanent", reason: "rejected", partner: "rackbeat", status: 422, message: `Rackbeat refused order ${input.order.orderNumber}: ${reason}`, body: res.text.slice(0, 2000) });
  }
  const draft = parseResponse(wrapped("order", rbOrderSchema), res.data, { partner: "rackbeat", operation: "create order" }).order!;
  const order = await booked(ctx, draft);
  return { warehouseRef: String(order.number), status: canonicalStatus(order), created: true };
}

/** `POST orders/{number}/book` with no mail [R1]; a booked order is left alone. */
async function booked(ctx: RackbeatContext, order: RbOrder): Promise<RbOrder> {
  if (order.is_booked) return order;
  const res = await rbCall(ctx, { method: "POST", path: `/orders/${order.number}/book`, body: { mail: { send: false } }, schema: wrapped("order", rbOrderSchema), operation: "book order" });
  return res.data.order ?? order;
}
