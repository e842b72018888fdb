import type { InboundWebhook, WarehouseChange, WebhookRegistration, WebhookSupport } from "@/lib/connectors/types";
import { permanentError } from "@/lib/http";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { timingSafeEqual } from "@/lib/security/timing-safe-equal";
import { wsAll, wsCall, type WebshipperContext } from "./api";
import type { WebshipperCredentials, WebshipperSettings } from "./credentials";
import { changesForOrderId } from "./list-changes";
import { oneOf, wsWebhookSchema } from "./schemas";

/** The topics we register and understand [W2] Webhooks.md. */
export const WEBSHIPPER_WEBHOOK_TOPICS = ["order/created", "order/updated", "order/deleted", "shipment/created", "shipment/updated"] as const;

const SIGNATURE_HEADER = "x-webshipper-hmac-sha256";
const TOPIC_HEADER = "x-webshipper-topic";

/** base64( HMAC-SHA256( key = secret, message = raw body ) ) [W4][W5]. */
export function webshipperSignature(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}

function header(headers: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** Constant-time comparison of the signature; an empty secret never verifies. */
export function verifyWebshipperWebhook(input: Pick<InboundWebhook, "headers" | "body">, secret: string): boolean {
  const given = header(input.headers, SIGNATURE_HEADER);
  if (!secret || !given) return false;
  return timingSafeEqual(given.trim(), webshipperSignature(input.body, secret));
}

/** Registers one webhook per topic for our URL and secret; a topic already registered for the URL is kept. */
async function register(ctx: WebshipperContext, input: { url: string; secret: string }): Promise<WebhookRegistration> {
  const existing = await wsAll(ctx, { path: "/webhooks", item: wsWebhookSchema, operation: "list webhooks" });
  for (const topic of WEBSHIPPER_WEBHOOK_TOPICS) {
    if (existing.some((w) => w.attributes.url === input.url && w.attributes.topic === topic)) continue;
    await wsCall(ctx, {
      method: "POST",
      path: "/webhooks",
      body: { data: { type: "webhooks", attributes: { url: input.url, topic, enabled: true, secret: input.secret } } },
      schema: oneOf(wsWebhookSchema),
      operation: "register webhook",
    });
  }
  return { events: [...WEBSHIPPER_WEBHOOK_TOPICS] };
}

/** Removes our webhooks (the link was deleted). Not part of the contract yet; the route layer may call it. */
export async function unregisterWebshipperWebhooks(ctx: WebshipperContext, url: string): Promise<number> {
  const ours = (await wsAll(ctx, { path: "/webhooks", item: wsWebhookSchema, operation: "list webhooks" })).filter((w) => w.attributes.url === url);
  for (const hook of ours) await wsCall(ctx, { method: "DELETE", path: `/webhooks/${hook.id}`, schema: z.unknown(), acceptStatus: [404], operation: "remove webhook" });
  return ours.length;
}

/**
 * The body is the resource's JSON:API document; the topic is in X-Webshipper-Topic [T1]. The
 * order is read again so a webhook says what a poll says (bodies may be stale or partial).
 */
async function parse(ctx: WebshipperContext, input: InboundWebhook): Promise<WarehouseChange[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(input.body);
  } catch {
    throw permanentError("webshipper", "rejected", "Webshipper webhook body is not JSON");
  }
  const data = (doc as { data?: { id?: unknown; type?: unknown; attributes?: Record<string, unknown>; relationships?: { order?: { data?: { id?: unknown } | null } } } } | null)?.data;
  if (!data || typeof data !== "object") throw permanentError("webshipper", "rejected", "Webshipper webhook body has no data object");
  const topic = header(input.headers, TOPIC_HEADER) ?? `${String(data.type ?? "").replace(/s$/, "")}/updated`;
  if (!(WEBSHIPPER_WEBHOOK_TOPICS as readonly string[]).includes(topic)) {
    ctx.log.info("Webshipper webhook topic ignored", { topic });
    return [];
  }
  if (topic === "order/deleted") {
    const a = data.attributes ?? {};
    const orderNumber = String(a.ext_ref ?? a.visible_ref ?? data.id ?? "");
    if (!orderNumber) return [];
    return [{ order: { orderNumber, warehouseRef: String(data.id) }, status: "cancelled", partnerStatus: { code: "deleted" }, occurredAt: input.receivedAt.toISOString(), reason: "The order was deleted in Webshipper" }];
  }
  const orderId = topic.startsWith("shipment/") ? data.relationships?.order?.data?.id : data.id;
  if (orderId === undefined || orderId === null) throw permanentError("webshipper", "rejected", `Webshipper ${topic} webhook names no order`);
  const changes = await changesForOrderId(ctx, String(orderId));
  if (!topic.startsWith("shipment/")) return changes;
  const ref = `webshipper-shipment-${String(data.id)}`;
  const mine = changes.filter((c) => c.shipment?.shipmentRef === ref);
  return mine.length > 0 ? mine : changes;
}

export const webshipperWebhooks: WebhookSupport<WebshipperCredentials, WebshipperSettings> = {
  events: WEBSHIPPER_WEBHOOK_TOPICS,
  register,
  verify: (input, secret) => verifyWebshipperWebhook(input, secret),
  parse,
};
