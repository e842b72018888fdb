import type { LinkMappings, LinkSettings } from "@/db/schema";
import { openConnection } from "@/lib/connections/open";
import { isPartnerError } from "@/lib/http/errors";
import type { Order } from "@/lib/orders";
import { sourceSettingOverrides } from "@/lib/pipeline/open-link";
import { validateOrder, type ValidationProblem } from "@/lib/pipeline/validate-order";
import { mappedValue } from "@/lib/links/mapping-lookup";

export type OrderPreview =
  | { kind: "none" }
  | { kind: "unavailable"; message: string }
  | {
      kind: "order";
      /** The order as the warehouse will receive it: SKUs mapped, lines, delivery address. */
      order: Order;
      /** The warehouse's shipping code the order's method maps to; undefined: the warehouse's default. */
      shippingCode: string | undefined;
      /** What order-send would raise instead of sending; empty when it would go through. */
      problems: ValidationProblem[];
      /** Orders waiting in the ready status (as far as read), which activation takes in. */
      waiting: number;
    };

const PAGES = 5;

/**
 * The newest order waiting in the source's ready status, put through the link's mappings and the
 * pipeline's own validation, without changing anything at either side.
 */
export async function previewNewestOrder(tenantId: string, sourceConnectionId: string, mappings: LinkMappings, settings: Pick<Partial<LinkSettings>, "trigger"> = {}): Promise<OrderPreview> {
  try {
    const opened = await openConnection(tenantId, sourceConnectionId);
    const ops = opened.connector.source;
    if (!ops) return { kind: "unavailable", message: `${opened.connector.label} cannot be a source of orders.` };
    // As openSource will read it: the link's trigger (shipment by shipment) wins over the connection's.
    const context = { ...opened.context, settings: { ...(opened.context.settings as Record<string, unknown>), ...sourceSettingOverrides(mappings), ...(settings.trigger ? { trigger: settings.trigger } : {}) } };
    const orders: Order[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < PAGES; page++) {
      const listed = await ops.listReadyOrders(context, { cursor, limit: 50 });
      orders.push(...listed.items);
      cursor = listed.nextCursor;
      if (!listed.hasMore) break;
    }
    if (orders.length === 0) return { kind: "none" };
    const newest = orders.reduce((a, b) => (new Date(b.createdAt).getTime() > new Date(a.createdAt).getTime() ? b : a));
    const checked = validateOrder(newest, mappings);
    if (checked.ok) return { kind: "order", order: checked.order, shippingCode: checked.shippingCode, problems: [], waiting: orders.length };
    const mapped = { ...newest, lines: newest.lines.map((l) => ({ ...l, sku: mappedValue(mappings.skuMap, l.sku) ?? l.sku })) };
    return { kind: "order", order: mapped, shippingCode: mappedValue(mappings.shippingMethods, newest.shippingMethod.code), problems: checked.problems, waiting: orders.length };
  } catch (error) {
    if (isPartnerError(error)) return { kind: "unavailable", message: error.message };
    throw error;
  }
}
