/**
 * What the simulator knows about Vendre's back-office REST API, in one place. Letters are the
 * sources of ../shared/partners/vendre.md ([V1]…[V6]). The sheet is THIN: everything marked
 * GUESS is not in any public source we could read; it lives here so it is easy to change once
 * Vendre confirms.
 */

/** Variant B (public client): `https://<shop>/API/1/<resource>` with `X-Authorization: <key>` [V2]; variant A: `https://api.vendre.io/api/orders` with `Authorization: Bearer` [V1]. */
export const API_PREFIXES = ["/API/1", "/api"] as const;
export type AuthStyle = "x-authorization" | "bearer";

export const DEFAULT_TOKEN = "vendre-sandbox-token";

/**
 * Numeric status ids [V1]; 3 = "usually completed" [V1]. 1 and 2 follow the osCommerce heritage
 * the field names suggest (GUESS, [V1] inference); 4–7 are GUESSES for a store's own statuses.
 */
export const ORDER_STATUSES = [
  { id: 1, name: "Pending" },
  { id: 2, name: "Processing" },
  { id: 3, name: "Delivered" },
  { id: 4, name: "Cancelled" },
  { id: 5, name: "Problem with order" },
  { id: 6, name: "Partly delivered" },
  { id: 7, name: "Cancelled, handled" },
] as const;

/** Paging: `page_size` + `offset`, answer `{ list, remaining }` [V2]. GUESS: the page size cap. */
export const MAX_PAGE_SIZE = 250;

/** Storefront API headers on 429 [V3]; GUESS that the back-office API sends the same. */
export const RATE_LIMIT = { limit: 60, retryAfterSeconds: 2 };

/** Error envelope of the storefront API [V3]; GUESS that the back office shares it. */
export function errorBody(status: number, title: string, detail?: string) {
  return { errors: [{ id: crypto.randomUUID(), status: String(status), code: title.toLowerCase().replace(/\W+/g, "_"), title, detail: detail ?? title, public: true }] };
}
