import { z } from "zod";
import { needsMerchant } from "@/lib/http";
import { wsCall, type WebshipperContext } from "./api";
import { getOrder } from "./orders-read";
import { oneOf, wsOrderSchema } from "./schemas";

/** Adds a tag to the order's `tags` [W2] (read, then PATCH the whole list); a tag already there is a no-op. */
export async function addTag(ctx: WebshipperContext, orderId: string, tag: string, extra: Record<string, unknown> = {}): Promise<void> {
  const order = await getOrder(ctx, orderId);
  if (!order) throw needsMerchant("webshipper", "not_found", `Webshipper has no order ${orderId}`);
  const tags = order.attributes.tags ?? [];
  if (tags.includes(tag) && Object.keys(extra).length === 0) return;
  await wsCall(ctx, {
    method: "PATCH",
    path: `/orders/${orderId}`,
    body: { data: { id: orderId, type: "orders", attributes: { tags: tags.includes(tag) ? tags : [...tags, tag], ...extra } } },
    schema: z.union([oneOf(wsOrderSchema), z.unknown()]),
    idempotent: true,
    operation: "tag order",
  });
}
