import { permanentError } from "@/lib/http/errors";
import type { Parcel, StatusChange } from "@/lib/orders";
import { timingSafeEqual } from "@/lib/security/timing-safe-equal";
import type { InboundWebhook, WebhookDescription, WebhookRegistration } from "../types";
import * as api from "./api";
import { carrierOf } from "./carriers";
import { PARTNER, type WemaloContext } from "./context";
import { statusUpdateEvent, trackingAddedEvent, webhookEnvelope } from "./schemas";
import { shipmentRefOf } from "./shipments";
import { mapWemaloStatus } from "./status-map";

export const WEMALO_EVENTS = ["status_update", "trackingnumber_added"] as const;

/**
 * `POST /webhook/:event { payload, token, email }` per event [M1]. Both events go to one URL:
 * their bodies tell them apart. wemalo signs nothing; the token we choose comes back in every
 * body and is our only proof of origin [M1][M2].
 */
export async function registerWebhooks(ctx: WemaloContext, input: { url: string; secret: string }): Promise<WebhookRegistration> {
  for (const event of WEMALO_EVENTS) {
    const body: Record<string, string> = { payload: input.url, token: input.secret };
    if (ctx.credentials.notificationEmail) body.email = ctx.credentials.notificationEmail;
    await api.registerWebhook(ctx, event, body);
  }
  return { events: [...WEMALO_EVENTS] };
}

function envelopeOf(body: string) {
  try {
    const parsed = webhookEnvelope.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** wemalo sends no delivery id; the event is told apart by its body. */
export function describeWebhook(input: InboundWebhook): WebhookDescription | null {
  const envelope = envelopeOf(input.body);
  if (!envelope) return null;
  // The token is our shared secret: it is checked by verify and never stored with the delivery.
  const bodyToStore = JSON.stringify({ ...envelope, token: "[redacted]" });
  return { topic: "goodsOrderParcelId" in envelope.eventData ? "trackingnumber_added" : "status_update", bodyToStore };
}

export function verifyWebhook(input: InboundWebhook, secret: string): boolean {
  const token = envelopeOf(input.body)?.token;
  if (token === undefined || secret === "") return false;
  return timingSafeEqual(token, secret);
}

/**
 * A stored webhook → canonical changes. `trackingnumber_added` names only the parcel, so its
 * tracking number is fetched as wemalo's plugin does (`GET /goodsOrder/package/:id/trackingNumber`
 * [M2]), its items from the order's packages and completeness from the order's status.
 * `status_update` carries the status name [M2]; when it does not, the status is read.
 */
export async function parseWebhook(ctx: WemaloContext, input: InboundWebhook): Promise<StatusChange[]> {
  const envelope = envelopeOf(input.body);
  if (!envelope) throw permanentError(PARTNER, "other", "wemalo webhook body is not { token, eventData }");
  const occurredAt = input.receivedAt.toISOString();

  if ("goodsOrderParcelId" in envelope.eventData) {
    const event = trackingAddedEvent.safeParse(envelope.eventData);
    if (!event.success) throw permanentError(PARTNER, "other", `wemalo trackingnumber_added without ${event.error.issues[0]?.path.join(".") ?? "fields"}`);
    return [await trackingChange(ctx, event.data, occurredAt)];
  }

  const event = statusUpdateEvent.safeParse(envelope.eventData);
  if (!event.success) throw permanentError(PARTNER, "other", `wemalo status_update without ${event.error.issues[0]?.path.join(".") ?? "fields"}`);
  const data = event.data;
  const current = data.statusName ? { statusName: data.statusName, reasonPartiallyReserved: data.reasonPartiallyReserved, blockReason: data.blockReason, statusId: undefined } : await api.getStatus(ctx, data.externalId);
  if (!current) return [];
  const mapped = mapWemaloStatus(current.statusName, current.reasonPartiallyReserved, current.blockReason);
  const change: StatusChange = {
    order: { orderNumber: data.externalId, ...(data.orderId !== undefined ? { warehouseRef: String(data.orderId) } : {}) },
    status: mapped.status,
    partnerStatus: { code: current.statusId ?? current.statusName, label: current.statusName },
    occurredAt,
  };
  if (mapped.reason) change.reason = mapped.reason;
  return [change];
}

async function trackingChange(
  ctx: WemaloContext,
  event: { goodsOrderId: number; goodsOrderParcelId: number; goodsOrderExternalId: string },
  occurredAt: string,
): Promise<StatusChange> {
  const tracking = await api.trackingNumber(ctx, event.goodsOrderParcelId);
  const packed = (await api.packages(ctx, event.goodsOrderId)).find((p) => p.id === event.goodsOrderParcelId);
  const status = await api.getStatus(ctx, event.goodsOrderExternalId);
  const complete = status?.statusName === "SHIPPED";
  const { carrier, trackingUrl } = carrierOf(tracking.carrier, tracking.profileName);
  const lines = (packed?.items ?? []).map((i) => ({ sku: i.sku, quantity: i.quantity }));
  const parcel: Parcel = { parcelRef: String(event.goodsOrderParcelId), trackingNumber: tracking.trackingNumber, carrier, lines };
  if (trackingUrl) parcel.trackingUrl = trackingUrl(tracking.trackingNumber);
  if (typeof packed?.weightTotal === "number") parcel.weightGrams = Math.round(packed.weightTotal);
  return {
    order: { orderNumber: event.goodsOrderExternalId, warehouseRef: String(event.goodsOrderId) },
    status: complete ? "shipped" : "partially_shipped",
    partnerStatus: { code: status?.statusId ?? "", label: status?.statusName },
    occurredAt,
    shipment: {
      shipmentRef: shipmentRefOf(event.goodsOrderId, tracking.trackingNumber),
      orderNumber: event.goodsOrderExternalId,
      shippedAt: occurredAt,
      parcels: [parcel],
      lines,
      complete,
    },
  };
}
