import type { InboundWebhook, WarehouseChange, WebhookRegistration, WebhookSupport } from "@/lib/connectors/types";
import { permanentError } from "@/lib/http";
import { timingSafeEqual } from "@/lib/security/timing-safe-equal";
import type { OngoingCredentials, OngoingSettings } from "./credentials";
import type { OngoingContext } from "./api";
import { toChanges } from "./list-changes";
import { getOrderById } from "./orders-read";
import { orderWebhookSchema } from "./schemas";

/** Ongoing's order webhook triggers. [S12] */
export const ONGOING_WEBHOOK_EVENTS = ["order status is changed", "order is picked", "order is created"] as const;

/**
 * Webhooks are set up by hand in Ongoing (Administration ⇒ Webhooks) [S11]. Ongoing documents no
 * signature; the merchant enters our secret as a header, which we compare timing-safely.
 * GUESS: the header is `X-Auth-Token` as one public integration does it [S5]; a Bearer or Basic
 * Authorization header with the secret is accepted too.
 */
export const ongoingWebhooks: WebhookSupport<OngoingCredentials, OngoingSettings> = {
  events: ONGOING_WEBHOOK_EVENTS,

  async register(_ctx, input): Promise<WebhookRegistration> {
    return {
      events: [...ONGOING_WEBHOOK_EVENTS],
      manualSteps: [
        "In Ongoing WMS open Administration ⇒ Webhooks and add a regular webhook for your goods owner.",
        `URL: ${input.url}`,
        "Triggers: order status is changed (all statuses), order is picked.",
        `Authentication: add the header X-Auth-Token with the value ${input.secret}.`,
        'Retry policy: "One day".',
      ].join("\n"),
    };
  },

  /** Ongoing numbers its webhook events (webhookEventId): a retry carries the same number. */
  describe(input) {
    try {
      const raw: unknown = JSON.parse(input.body);
      if (!raw || typeof raw !== "object") return null;
      const id = (raw as { webhookEventId?: unknown }).webhookEventId;
      return typeof id === "number" || typeof id === "string" ? { deliveryId: String(id) } : {};
    } catch {
      return null;
    }
  },

  verify(input, secret) {
    const headers = lowerCase(input.headers);
    const candidates = [headers["x-auth-token"], bearer(headers.authorization), basicPassword(headers.authorization)];
    return secret !== "" && candidates.some((c) => c !== undefined && timingSafeEqual(c, secret));
  },

  async parse(ctx, input) {
    return parseOrderWebhook(ctx, input);
  },
};

/** The body names the order; one read gets its lines and parcels so a webhook says what a poll says. */
export async function parseOrderWebhook(ctx: OngoingContext, input: InboundWebhook): Promise<WarehouseChange[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(input.body);
  } catch {
    throw permanentError("ongoing", "rejected", "Ongoing webhook body is not JSON");
  }
  const parsed = orderWebhookSchema.safeParse(raw);
  if (!parsed.success) {
    throw permanentError("ongoing", "rejected", `not an Ongoing order webhook: ${parsed.error.issues[0]?.path.join(".") || "(root)"} ${parsed.error.issues[0]?.message ?? ""}`.trim());
  }
  const hook = parsed.data;
  if (hook.goodsOwnerId !== ctx.credentials.goodsOwnerId) {
    ctx.log.warn("Ongoing webhook for another goods owner ignored", { goodsOwnerId: hook.goodsOwnerId });
    return [];
  }
  const order = await getOrderById(ctx, hook.orderId);
  if (!order) return [];
  return toChanges(ctx, [order], ctx.now());
}

function lowerCase(headers: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function bearer(header: string | undefined): string | undefined {
  const m = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return m?.[1]?.trim();
}

function basicPassword(header: string | undefined): string | undefined {
  const m = header ? /^Basic\s+(.+)$/i.exec(header) : null;
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon >= 0 ? decoded.slice(colon + 1) : undefined;
}
