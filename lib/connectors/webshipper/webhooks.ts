import type { InboundWebhook, WarehouseChange, WebhookDescription, WebhookSupport } from "@/lib/connectors/types";
import { permanentError } from "@/lib/http";
import type { WebshipperContext } from "./api";
import type { WebshipperCredentials, WebshipperSettings } from "./credentials";
import { changesForOrderId } from "./list-changes";
import { headerOf, TOPIC_HEADER, verifyWebshipperWebhook } from "./signature";
import { registerWebshipperWebhooks, unregisterWebshipperWebhooks, WEBSHIPPER_WEBHOOK_TOPICS } from "./webhook-registration";

interface ResourceNode {
  id?: unknown;
  type?: unknown;
  attributes?: Record<string, unknown>;
  relationships?: { order?: { data?: { id?: unknown } | null } };
}

/**
 * The body is the resource's JSON:API document; the topic is in X-Webshipper-Topic [T1]. The
 * order is read again so a webhook says what a poll says (bodies may be stale or partial).
 * Topics we do not handle are ignored, not failed: Webshipper would only retry them.
 */
async function parse(ctx: WebshipperContext, input: InboundWebhook): Promise<WarehouseChange[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(input.body);
  } catch {
    throw permanentError("webshipper", "rejected", "Webshipper webhook body is not JSON");
  }
  const data = (doc as { data?: ResourceNode } | null)?.data;
  if (!data || typeof data !== "object") throw permanentError("webshipper", "rejected", "Webshipper webhook body has no data object");
  const topic = headerOf(input.headers, TOPIC_HEADER) ?? `${String(data.type ?? "").replace(/s$/, "")}/updated`;
  if (!(WEBSHIPPER_WEBHOOK_TOPICS as readonly string[]).includes(topic)) {
    ctx.log.info("Webshipper webhook topic ignored", { topic });
    return [];
  }
  if (topic === "order/deleted") return deletedOrder(data, input.receivedAt);

  const orderId = topic.startsWith("shipment/") ? data.relationships?.order?.data?.id : data.id;
  if (orderId === undefined || orderId === null) throw permanentError("webshipper", "rejected", `Webshipper ${topic} webhook names no order`);
  const changes = await changesForOrderId(ctx, String(orderId));
  if (!topic.startsWith("shipment/")) return changes;
  const mine = changes.filter((c) => c.shipment?.shipmentRef === `webshipper-shipment-${String(data.id)}`);
  return mine.length > 0 ? mine : changes;
}

/** The order is gone, so there is nothing to read: the body is all we know. */
function deletedOrder(data: ResourceNode, receivedAt: Date): WarehouseChange[] {
  const a = data.attributes ?? {};
  const orderNumber = String(a.ext_ref ?? a.visible_ref ?? data.id ?? "");
  if (!orderNumber) return [];
  return [{
    order: { orderNumber, warehouseRef: String(data.id) },
    status: "cancelled",
    partnerStatus: { code: "deleted" },
    occurredAt: receivedAt.toISOString(),
    reason: "The order was deleted in Webshipper",
  }];
}

/** Webshipper sends no delivery id (the intake hashes the body); the topic is its header. */
function describe(input: InboundWebhook): WebhookDescription | null {
  try {
    const data = (JSON.parse(input.body) as { data?: ResourceNode } | null)?.data;
    if (!data || typeof data !== "object") return null;
    return { topic: headerOf(input.headers, TOPIC_HEADER) ?? `${String(data.type ?? "").replace(/s$/, "")}/updated` };
  } catch {
    return null;
  }
}

export const webshipperWebhooks: WebhookSupport<WebshipperCredentials, WebshipperSettings> = {
  events: WEBSHIPPER_WEBHOOK_TOPICS,
  register: registerWebshipperWebhooks,
  unregister: (ctx, input) => unregisterWebshipperWebhooks(ctx, input.url),
  describe,
  verify: (input, secret) => verifyWebshipperWebhook(input, secret),
  parse,
};
