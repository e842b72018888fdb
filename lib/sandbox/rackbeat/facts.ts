/**
 * What the simulator knows about the real Rackbeat REST API, in one place. Letters refer to
 * ../shared/partners/rackbeat.md ([R1]…[R7]); [K2] is kg-bot/laravel-rackbeat (Builders/Builder.php:
 * single resources come wrapped in one key, `create-shipment` answers `{ order_shipment }`,
 * `delivery-terms` is the resource path; Utils/Request.php: `X-RateLimit-Limit` and
 * `X-RateLimit-Remaining`). The sheet is "medium" confidence: every value marked GUESS is ours.
 */

/** Default and largest `limit` (the official SDK asks 200 for "all" [R1]; community client 1000 [K2]). GUESS: 20 / 1000. */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** Client-side budget of the community client, not an official number [R2]. GUESS: the simulator enforces nothing unless a fault is set. */
export const RATE_LIMIT = { limit: 480, retryAfterSeconds: 1 as number | null };

export const DEFAULT_TOKEN = "rb-sandbox-token";
export const DEFAULT_ACCOUNT = { id: 4711, name: "Sandbox ApS", user: { id: 1, name: "Sandbox User", email: "sandbox@example.dk" } };

/** Delivery terms of the default account (values ours). */
export const DEFAULT_DELIVERY_TERMS = [
  { id: 1, name: "Afhentning" },
  { id: 2, name: "GLS Erhverv" },
  { id: 3, name: "PostNord Hjemlevering" },
];

/** The payment terms a new customer gets (customers need one [R4] CustomerForm). GUESS: id 1. */
export const DEFAULT_PAYMENT_TERMS_ID = 1;

/**
 * Locations of the default account (values ours). GUESS: location "1" is the main one (the sheet's
 * order-line example books on `"location_id": "1"` [R §5]); "2" stands for a 3PL's.
 */
export const DEFAULT_LOCATIONS = [
  { number: "1", name: "Hovedlager" },
  { number: "2", name: "3PL lager" },
];
