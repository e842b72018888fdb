import { z } from "zod";
import type { TestConnectionResult } from "@/lib/connectors/types";
import { needsMerchant, parseResponse } from "@/lib/http";
import { wsAll, wsCall, type WebshipperContext } from "./api";
import { oneOf, wsErrorsSchema, wsOrderChannelSchema, wsShippingRateSchema } from "./schemas";

/**
 * The token is checked by reading our order channel (wrong token → 401 → needs_merchant), then
 * its shipping rates are discovered: the wizard maps each Rackbeat delivery term to one (seed 002).
 */
export async function testConnection(ctx: WebshipperContext): Promise<TestConnectionResult> {
  const channelId = ctx.credentials.orderChannelId;
  const res = await wsCall(ctx, {
    method: "GET",
    path: `/order_channels/${channelId}`,
    schema: z.union([oneOf(wsOrderChannelSchema), wsErrorsSchema]),
    acceptStatus: [404],
    operation: "order channel",
  });
  if (res.status === 404) throw needsMerchant("webshipper", "not_found", `Webshipper has no order channel ${channelId}; check the order channel ID`);
  const channel = parseResponse(oneOf(wsOrderChannelSchema), res.data, { partner: "webshipper", operation: "order channel" }).data;
  const rates = await wsAll(ctx, { path: "/shipping_rates", item: wsShippingRateSchema, query: { "filter[order_channel_id]": channelId }, operation: "shipping rates" });
  const shippingRates = rates
    .filter((r) => !r.attributes.is_return)
    .map((r) => ({
      id: r.id,
      label: r.attributes.name,
      details: {
        ...(r.attributes.carrier_id ? { carrierId: String(r.attributes.carrier_id) } : {}),
        ...(r.attributes.carrier_service_code ? { serviceCode: r.attributes.carrier_service_code } : {}),
        requiresDropPoint: String(Boolean(r.attributes.require_drop_point)),
      },
    }));
  const name = channel.attributes.name || `Order channel ${channelId}`;
  return {
    account: { id: ctx.credentials.account, name: `${ctx.credentials.account} · ${name}` },
    discovered: { accounts: [{ id: String(channelId), label: name }], shippingRates, shippingProfiles: shippingRates },
  };
}
