import { createHmac } from "node:crypto";
import { JSON_API, SIGNATURE_HEADER, TOPIC_HEADER, type WebhookTopic } from "./facts";
import type { WebshipperStore } from "./store";

/** One webhook call as Webshipper would make it: POST to `url` with these headers and this raw body. */
export interface WebhookDelivery {
  url: string;
  topic: string;
  headers: Record<string, string>;
  body: string;
}

/** base64( HMAC-SHA256( key = webhook secret, message = raw body ) ). [W4][W5] */
export function signWebhookBody(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}

/** The body is the resource's JSON:API document [W §6]; the topic travels in a header [T1]. */
export function buildDelivery(input: { url: string; topic: string; secret: string; resource: unknown }): WebhookDelivery {
  const body = JSON.stringify({ data: input.resource });
  return {
    url: input.url,
    topic: input.topic,
    body,
    headers: { "content-type": JSON_API, [TOPIC_HEADER]: input.topic, [SIGNATURE_HEADER]: signWebhookBody(body, input.secret) },
  };
}

const MAX_PENDING = 1000;

/** Deliveries waiting to be posted by a test (the simulator makes no outbound calls). */
export class WebhookOutbox {
  readonly pending: WebhookDelivery[] = [];

  constructor(private readonly store: WebshipperStore) {}

  emit(topic: WebhookTopic, resource: unknown): void {
    for (const hook of this.store.webhooks.values()) {
      if (hook.enabled && hook.topic === topic) this.pending.push(buildDelivery({ url: hook.url, topic, secret: hook.secret, resource }));
    }
    // Nobody takes them in the app's sandbox: keep the newest only, so memory stays bounded.
    if (this.pending.length > MAX_PENDING) this.pending.splice(0, this.pending.length - MAX_PENDING);
  }

  take(): WebhookDelivery[] {
    return this.pending.splice(0, this.pending.length);
  }
}
