import { z } from "zod";
import type { DiscoveredOption, TestConnectionResult } from "@/lib/connectors/types";
import { ongoingCall, type OngoingContext } from "./api";
import { ongoingArticlesSchema, orderStatusesSchema, transporterContractsSchema, warehousesSchema } from "./schemas";

/**
 * Basic auth has no login call, so the first real read is the test: statuses of this instance
 * (wrong user/password → 401 → needs_merchant), then what the mapping screens offer:
 * transporters [S1] and warehouses [S4]. The goods owner's name comes with any article.
 */
export async function testConnection(ctx: OngoingContext): Promise<TestConnectionResult> {
  const statuses = await ongoingCall(ctx, { method: "GET", path: "/orders/statuses", schema: orderStatusesSchema, operation: "order statuses" });
  const contracts = await ongoingCall(ctx, { method: "GET", path: "/transporterContracts", schema: transporterContractsSchema, operation: "transporters" });
  const warehouses = await ongoingCall(ctx, { method: "GET", path: "/warehouses", ownerQuery: false, schema: warehousesSchema, operation: "warehouses" });
  const sample = await ongoingCall(ctx, {
    method: "GET",
    path: "/articles",
    query: { maxArticlesToGet: 1 },
    schema: ongoingArticlesSchema,
    operation: "goods owner",
  });

  const id = String(ctx.credentials.goodsOwnerId);
  const name = sample.data[0]?.goodsOwner?.name || `Goods owner ${id}`;
  return {
    account: { id, name },
    discovered: {
      accounts: [{ id, label: name }],
      statuses: statuses.data.orderStatuses.map((s) => ({ id: String(s.number), label: s.text ? `${s.number} ${s.text}` : String(s.number) })),
      warehouses: warehouses.data.map((w) => ({ id: String(w.id), label: w.name || w.code || String(w.id), ...(w.code ? { details: { code: w.code } } : {}) })),
      shippingProfiles: contracts.data.flatMap(transporterOptions),
    },
  };
}

/** Each transporter, and each of its services as "CODE:SERVICE", the shipping codes submitOrder takes. */
function transporterOptions(contract: z.infer<typeof transporterContractsSchema>[number]): DiscoveredOption[] {
  const carrier = contract.transporterName || contract.transporterCode;
  return [
    { id: contract.transporterCode, label: carrier, details: { transporterCode: contract.transporterCode } },
    ...(contract.transporterServices ?? []).map((s) => ({
      id: `${contract.transporterCode}:${s.transporterServiceCode}`,
      label: `${carrier}: ${s.transporterServiceName || s.transporterServiceCode}`,
      details: { transporterCode: contract.transporterCode, serviceCode: s.transporterServiceCode },
    })),
  ];
}
