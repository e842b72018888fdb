import { z } from "zod";
import type { WebhookRegistration } from "@/lib/connectors/types";
import { wsAll, wsCall, type WebshipperContext } from "./api";
import { oneOf, wsWebhookSchema } from "./schemas";

/** The topics we register and understand [W2] Webhooks.md. */
export const WEBSHIPPER_WEBHOOK_TOPICS = ["order/created", "order/updated", "order/deleted", "shipment/created", "shipment/updated"] as const;

/** `POST /webhooks` once per topic with our URL and secret [W2]; a topic already registered for the URL is kept. */
export async function registerWebshipperWebhooks(ctx: WebshipperContext, input: { url: string; secret: string }): Promise<WebhookRegistration> {
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

/** Removes our webhooks when the link is deleted. Not in the connector contract yet; the link layer may call it. */
export async function unregisterWebshipperWebhooks(ctx: WebshipperContext, url: string): Promise<number> {
  const ours = (await wsAll(ctx, { path: "/webhooks", item: wsWebhookSchema, operation: "list webhooks" })).filter((w) => w.attributes.url === url);
  for (const hook of ours) {
    await wsCall(ctx, { method: "DELETE", path: `/webhooks/${hook.id}`, schema: z.unknown(), acceptStatus: [404], operation: "remove webhook" });
  }
  return ours.length;
}
