import { randomBytes } from "node:crypto";
import { DEFAULT_ACCOUNT } from "./facts";

/**
 * Rackbeat webhooks [R5][R6]: `POST /api/webhooks { event, url, is_active }` answers the webhook
 * with a 32-character `token`, only when it is created; the same event and URL again updates the
 * existing one. Every delivery is a POST with `Rackbeat-Webhook-Token` (that token, no HMAC),
 * `Rackbeat-Webhook-Event`, `Rackbeat-Account-Id` and `User-Agent: Rackbeat Webhook`; the body is
 * `{ key, key_name, event, data }`, and `*.updated` adds `old_key`, `new_key`, `changed`.
 *
 * GUESS: the catalog's order and shipment event names were not captured [R §6]; these follow the
 * singular `order.created` of [R6] and name shipments after the `order_shipments` resource.
 */
export const RACKBEAT_WEBHOOK_EVENTS = ["order.created", "order.updated", "order_shipment.created", "order_shipment.updated"] as const;
export type RackbeatWebhookEvent = (typeof RACKBEAT_WEBHOOK_EVENTS)[number];

export const WEBHOOK_TOKEN_HEADER = "rackbeat-webhook-token";
export const WEBHOOK_EVENT_HEADER = "rackbeat-webhook-event";

export interface StoredWebhook {
  id: number;
  event: string;
  url: string;
  is_active: boolean;
  token: string;
  failures_since_last_success: number;
  created_at: Date;
  updated_at: Date;
}

/** One webhook call as Rackbeat would make it. */
export interface RackbeatWebhookDelivery {
  url: string;
  event: string;
  headers: Record<string, string>;
  body: string;
}

export function newWebhookToken(): string {
  return randomBytes(24).toString("base64url").slice(0, 32);
}

/** Registered webhooks and the deliveries waiting for a test to post them (the simulator calls out to nobody). */
export class RackbeatWebhooks {
  readonly hooks = new Map<number, StoredWebhook>();
  readonly pending: RackbeatWebhookDelivery[] = [];

  emit(event: RackbeatWebhookEvent, input: { key: number; keyName: "number" | "id"; data: unknown; changed?: string[] }): void {
    for (const hook of this.hooks.values()) {
      if (!hook.is_active || hook.event !== event) continue;
      const body = JSON.stringify({
        key: input.key,
        key_name: input.keyName,
        event,
        data: input.data,
        ...(event.endsWith(".updated") ? { old_key: input.key, new_key: input.key, changed: input.changed ?? [] } : {}),
      });
      this.pending.push({
        url: hook.url,
        event,
        body,
        headers: {
          "content-type": "application/json",
          "user-agent": "Rackbeat Webhook",
          [WEBHOOK_TOKEN_HEADER]: hook.token,
          [WEBHOOK_EVENT_HEADER]: event,
          "rackbeat-account-id": String(DEFAULT_ACCOUNT.id),
        },
      });
      if (this.pending.length > RackbeatWebhooks.MAX_PENDING) this.pending.shift();
    }
  }

  /** Deliveries nobody takes (the app's sandbox) are kept up to this many, the oldest dropped first. */
  static readonly MAX_PENDING = 1000;

  take(): RackbeatWebhookDelivery[] {
    return this.pending.splice(0, this.pending.length);
  }
}

export function renderWebhook(hook: StoredWebhook, withToken: boolean) {
  return {
    id: hook.id,
    event: hook.event,
    url: hook.url,
    is_active: hook.is_active,
    plugin: null,
    failures_since_last_success: hook.failures_since_last_success,
    ...(withToken ? { token: hook.token } : {}),
    created_at: hook.created_at.toISOString().replace("T", " ").slice(0, 19),
    updated_at: hook.updated_at.toISOString().replace("T", " ").slice(0, 19),
  };
}
