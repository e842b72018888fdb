import type { TestConnectionResult } from "@/lib/connectors/types";
import { rbAll, rbCall, type RackbeatContext } from "./api";
import { rbDeliveryTermSchema, rbSelfSchema } from "./schemas";

/** `GET self` checks the token (401 → needs_merchant) [R3]; delivery terms are discovered for the rate mapping (seed 002). */
export async function testConnection(ctx: RackbeatContext): Promise<TestConnectionResult> {
  const self = await rbCall(ctx, { method: "GET", path: "/self", schema: rbSelfSchema, operation: "who am I" });
  const terms = await rbAll(ctx, { path: "/delivery-terms", key: "delivery_terms", item: rbDeliveryTermSchema, operation: "delivery terms" });
  const deliveryTerms = terms.map((t) => ({ id: String(t.id), label: t.name }));
  const team = self.data.team;
  return {
    account: { id: String(team?.id ?? self.data.user?.id ?? "rackbeat"), name: team?.name ?? self.data.user?.name ?? "Rackbeat" },
    discovered: { deliveryTerms, shippingProfiles: deliveryTerms },
  };
}
