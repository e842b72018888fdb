/**
 * Fixed reference data of the simulated wemalo-connect account.
 *
 * Status names are from the apidoc of `GET /goodsOrder/getStatus` plus INPICKING from wemalo's own
 * WooCommerce plugin [M1][M2]. Only two numeric ids are documented: "100" = PARTIAL (getStatus
 * example) and 500 = "order sent completely" (sent-package bookings, `orderStatusId`). The other
 * ids are guessed, keeping wemalo's ascending order.
 */
export const ORDER_STATUSES = {
  PARTIAL: "100",
  OPEN: "200", // guessed
  INPROCESS: "300", // guessed
  INPICKING: "310", // guessed
  READYFORSHIPMENT: "350", // guessed
  PACKED: "400", // guessed
  BLOCKEDPACKED: "450", // guessed
  SHIPPED: "500",
  CANCELLED: "900", // guessed
} as const;

export type OrderStatusName = keyof typeof ORDER_STATUSES;

/** "Cancels an existing goods order, if the order was not picked/packed yet." [M1] */
export const CANCELLABLE: ReadonlySet<OrderStatusName> = new Set(["PARTIAL", "OPEN", "INPROCESS"]);

/**
 * Reasons an order stays PARTIAL. ADDRESS and UNKNOWN are the values wemalo's plugin handles [M2];
 * STOCK and DELIVERYDATE are guessed names for "missing articles" and `expectedDeliveryDate` [M1].
 */
export type PartialReason = "ADDRESS" | "STOCK" | "UNKNOWN" | "DELIVERYDATE";

export const WEBHOOK_EVENTS = ["status_update", "stock_change", "refurbishment_action", "trackingnumber_added"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface DispatcherProfile {
  product: string;
  services: string;
  field2: string;
  field3: string;
  matchId: string;
}

export interface Dispatcher {
  name: string;
  /** Short carrier name as `GET /goodsOrder/package/:id/trackingNumber` reports it ("DHL"). */
  carrier: string;
  /** Profile name as reported with parcels ("DHL Paket National"). */
  profileName: string;
  profiles: DispatcherProfile[];
}

const profile = (product: string, matchId: string): DispatcherProfile => ({ product, services: "", field2: "", field3: "", matchId });

/** Shaped like the apidoc example of `GET /goodsOrder/profiles` (DHL, DPD, GLS) [M1]. */
export const DEFAULT_DISPATCHERS: Dispatcher[] = [
  {
    name: "DHL Geschäftsversand",
    carrier: "DHL",
    profileName: "DHL Paket National",
    profiles: [profile("V01PAK", "dhl_paket"), profile("V53WPAK", "dhl_international")],
  },
  {
    name: "DPD Cloud",
    carrier: "DPD",
    profileName: "DPD Classic",
    profiles: [profile("Classic", "dpd_classic"), profile("Classic_COD", "dpd_cod")],
  },
  { name: "GLS Gepard", carrier: "GLS", profileName: "GLS Business Parcel", profiles: [profile("dwd", "gls")] },
];

/** Tracking URLs are not part of wemalo's answers; the simulator only needs carrier names. */
export function dispatcherFor(matchId: string | undefined, dispatchers: Dispatcher[]): Dispatcher {
  const found = dispatchers.find((d) => d.profiles.some((p) => p.matchId !== "" && p.matchId === matchId));
  return found ?? dispatchers[0]!;
}
