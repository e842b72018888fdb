import type { Access, Walk } from "../walk";

export interface PageCase {
  access: Access;
  params?: (w: Walk) => Record<string, string>;
  searchParams?: (w: Walk) => Record<string, string>;
  /**
   * What a signed-in owner of A (whose team cookie names B) is shown: "notFound" for a page about
   * one of B's rows; "own" for a page about A's own team, where `ownMarker` (something of A's)
   * must show, proving the page rendered real data; "redirect" to `redirectTo` (one of A's own
   * pages); "public" for the pages outside the app.
   */
  asA: "notFound" | "own" | "redirect" | "public";
  ownMarker?: (w: Walk) => string;
  redirectTo?: (w: Walk) => string;
  why?: string;
  /** Settings for this case only (read through env()). */
  env?: Record<string, unknown>;
}

/**
 * One case per page file. The walk fails when a discovered page has no case here, so a new page
 * cannot ship without its isolation check.
 */
export const pageCases: Record<string, PageCase> = {
  // Layouts, rendered with no children: the shell around every page of the app.
  "app/layout.tsx": { access: "public", asA: "public", why: "the document shell, no data" },
  "app/(auth)/layout.tsx": { access: "public", asA: "public", why: "the sign-in pages' frame, no data" },
  "app/(app)/layout.tsx": { access: "member", asA: "own", ownMarker: (w) => w.a.name, why: "the team switcher lists the user's own teams only" },
  "app/(app)/page.tsx": { access: "member", asA: "own", ownMarker: (w) => w.a.name },
  "app/(app)/account/page.tsx": { access: "user", asA: "own", ownMarker: (w) => w.a.owner.email },
  "app/(app)/orders/page.tsx": { access: "member", asA: "own", searchParams: (w) => ({ link: w.b.linkId, q: w.b.orderNo }), ownMarker: () => "Orders" },
  "app/(app)/orders/[id]/page.tsx": { access: "member", asA: "notFound", params: (w) => ({ id: w.b.orderId }) },
  "app/(app)/exceptions/page.tsx": { access: "member", asA: "own", ownMarker: (w) => w.a.exceptionId },
  "app/(app)/products/page.tsx": { access: "member", asA: "redirect", redirectTo: (w) => `/links/${w.a.linkId}/products`, why: "A's only link's products" },
  "app/(app)/links/page.tsx": { access: "member", asA: "own", ownMarker: (w) => w.a.linkId },
  "app/(app)/links/[linkId]/page.tsx": { access: "member", asA: "notFound", params: (w) => ({ linkId: w.b.linkId }) },
  "app/(app)/links/[linkId]/products/page.tsx": { access: "member", asA: "notFound", params: (w) => ({ linkId: w.b.linkId }) },
  "app/(app)/connections/page.tsx": { access: "member", asA: "own", ownMarker: (w) => w.a.warehouseConnectionId },
  "app/(app)/connections/[connectionId]/page.tsx": { access: "member", asA: "notFound", params: (w) => ({ connectionId: w.b.warehouseConnectionId }) },
  "app/(app)/connect/page.tsx": { access: "admin", asA: "own", ownMarker: (w) => w.a.draftId },
  "app/(app)/connect/[draftId]/page.tsx": { access: "admin", asA: "notFound", params: (w) => ({ draftId: w.b.draftId }) },
  "app/(app)/connect/[draftId]/[step]/page.tsx": { access: "admin", asA: "notFound", params: (w) => ({ draftId: w.b.draftId, step: "source" }) },
  "app/(app)/settings/page.tsx": { access: "admin", asA: "own", ownMarker: (w) => w.a.name },
  "app/(app)/settings/members/page.tsx": { access: "admin", asA: "own", ownMarker: (w) => w.a.member.email },
  "app/(app)/settings/api/page.tsx": { access: "admin", asA: "own", ownMarker: (w) => w.a.apiKeyId },
  "app/(app)/settings/activity/page.tsx": { access: "admin", asA: "own", searchParams: () => ({}), ownMarker: (w) => w.a.member.email },
  "app/(app)/try/page.tsx": { access: "member", asA: "own", ownMarker: () => "sandbox" },
  "app/welcome/page.tsx": { access: "user", asA: "own", ownMarker: (w) => w.a.name, why: "creates a new team; lists only the user's own teams" },
  "app/(auth)/sign-in/page.tsx": { access: "public", asA: "public", searchParams: (w) => ({ next: `/orders/${w.b.orderId}` }), why: "the way in" },
  "app/(auth)/sign-up/page.tsx": { access: "public", asA: "public", why: "the way in" },
  "app/(auth)/forgot-password/page.tsx": { access: "public", asA: "public", why: "the way back in" },
  "app/(auth)/reset-password/[token]/page.tsx": { access: "public", asA: "public", params: () => ({ token: "0".repeat(43) }), why: "needs the token mailed to the account's owner" },
  "app/(auth)/invite/[token]/page.tsx": {
    access: "public",
    asA: "public",
    params: () => ({ token: "1".repeat(43) }),
    why: "whoever holds an invitation link may read that one invitation; a guessed token shows nothing",
  },
  "app/dev/mailbox/page.tsx": {
    access: "public",
    asA: "notFound",
    env: { LAGERBRO_ENV: "production" },
    why: "a development tool that lists every mail; it does not exist in production",
  },
};
