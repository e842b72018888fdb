import type { DiscoveredOption, TestConnectionResult } from "../types";
import * as api from "./api";
import type { WemaloContext } from "./context";
import { WEMALO_STATUS_NAMES } from "./status-map";

/**
 * Reads the key's shop (`GET /product/shop` [M2]), which also proves the key, and the dispatcher
 * profiles (`GET /goodsOrder/profiles` [M1]) for shipping-method mapping. A profile is chosen in
 * an order by its matchId, so profiles without one cannot be mapped to and are left out.
 */
export async function testConnection(ctx: WemaloContext): Promise<TestConnectionResult> {
  const shop = await api.getShop(ctx);
  const { dispatcher } = await api.getProfiles(ctx);
  const shippingProfiles: DiscoveredOption[] = dispatcher.flatMap((d) =>
    d.profiles
      .filter((p) => p.matchId)
      .map((p) => ({ id: p.matchId!, label: `${d.name}${p.product ? ` – ${p.product}` : ""}`, details: { dispatcher: d.name, product: p.product ?? "" } })),
  );
  return {
    account: { id: shop, name: shop },
    discovered: {
      accounts: [{ id: shop, label: shop }],
      shippingProfiles,
      statuses: WEMALO_STATUS_NAMES.map((name) => ({ id: name, label: name })),
    },
  };
}
