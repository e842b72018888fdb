import { expect } from "vitest";
import type { Walk } from "../walk";

export interface RouteCase {
  /** How a caller proves who it is here (route handlers have no team session of their own). */
  auth: string;
  /** The dynamic segments of A's request, aimed at B. */
  params?: (w: Walk) => Record<string, string | string[]>;
  /** A's request for one method: its URL path, headers (A's credentials, never B's) and body. */
  request: (w: Walk, method: string) => { path: string; headers?: Record<string, string>; body?: string };
  /** The statuses A may get, per method ("*" for any other exported method); a redirect counts as 307. */
  statuses: Record<string, number[]>;
  /** The statuses someone signed out gets, when they differ (a route behind the session: the sign-in page). */
  anonymous?: number[];
  /** A further check of the answer A got. */
  check?: (w: Walk, method: string, response: { status: number; body: string; headers: Headers }) => void;
  /** Settings for this case only (read through env()). */
  env?: Record<string, unknown>;
}

const json = { "content-type": "application/json" };
const bearer = (w: Walk) => ({ authorization: `Bearer ${w.a.apiKey}` });

/**
 * One case per route handler file. The walk calls every exported method (GET, POST, ...) with A's
 * credentials and B's ids, then checks the status, that the answer holds nothing of B, and that
 * B's rows are unchanged. A discovered route without a case fails the walk.
 */
export const routeCases: Record<string, RouteCase> = {
  "app/(app)/links/[linkId]/products/export/route.ts": {
    auth: "the team session, like the pages",
    params: (w) => ({ linkId: w.b.linkId }),
    request: (w) => ({ path: `/links/${w.b.linkId}/products/export?q=${encodeURIComponent(w.b.productSku)}` }),
    statuses: { GET: [404] },
    anonymous: [307],
  },
  "app/api/auth/[...nextauth]/route.ts": {
    auth: "next-auth itself: the session cookie it issues is the proof",
    params: () => ({ nextauth: ["callback", "credentials"] }),
    // Signing in as B's owner with a wrong password, without the CSRF token.
    request: (w, method) =>
      method === "GET"
        ? { path: "/api/auth/session" }
        : { path: "/api/auth/callback/credentials", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ email: w.b.owner.email, password: "wrong" }).toString() },
    statuses: { GET: [200], POST: [302, 400, 403] },
    check: (_w, method, response) => {
      expect(response.headers.get("set-cookie") ?? "", `${method} issued a session`).not.toMatch(/session-token=[^;]/);
      if (method === "GET") expect(response.body).toBe("null");
    },
  },
  "app/api/inngest/route.ts": {
    auth: "Inngest's signing key: a request without its signature runs nothing",
    request: (w, method) => ({
      path: "/api/inngest?fnId=lagerbro-order-send&stepId=step",
      headers: json,
      body: method === "GET" ? undefined : JSON.stringify({ event: { name: "order.received", data: { tenantId: w.b.tenantId, linkId: w.b.linkId, orderId: w.b.orderId } }, events: [], steps: {}, ctx: { run_id: "x", attempt: 0 } }),
    }),
    // PUT asks Inngest to sync the function list (no tenant data); with nothing listening here it fails.
    statuses: { GET: [401], POST: [401], PUT: [200, 500] },
  },
  "app/api/pull/v1/[...path]/route.ts": {
    auth: "Pull API key",
    params: (w) => ({ path: ["customers", w.b.customerNo] }),
    request: (w) => ({ path: `/api/pull/v1/customers/${w.b.customerNo}`, headers: bearer(w) }),
    statuses: { "*": [404] },
  },
  "app/api/pull/v1/customers/[customerNo]/orders/route.ts": {
    auth: "Pull API key (A's)",
    params: (w) => ({ customerNo: w.b.customerNo }),
    request: (w) => ({ path: `/api/pull/v1/customers/${encodeURIComponent(w.b.customerNo)}/orders`, headers: bearer(w) }),
    statuses: { GET: [200], "*": [405] },
    check: (_w, method, response) => {
      if (method === "GET") expect((JSON.parse(response.body) as { data?: unknown[] }).data ?? [], "B's customer's orders").toEqual([]);
    },
  },
  "app/api/pull/v1/customers/[customerNo]/orders/[orderNo]/route.ts": {
    auth: "Pull API key (A's)",
    params: (w) => ({ customerNo: w.b.customerNo, orderNo: w.b.orderNo }),
    request: (w) => ({ path: `/api/pull/v1/customers/${encodeURIComponent(w.b.customerNo)}/orders/${encodeURIComponent(w.b.orderNo)}`, headers: bearer(w) }),
    statuses: { GET: [404], "*": [405] },
  },
  "app/api/pull/v1/customers/[customerNo]/invoices/route.ts": {
    auth: "Pull API key (A's)",
    params: (w) => ({ customerNo: w.b.customerNo }),
    request: (w) => ({ path: `/api/pull/v1/customers/${encodeURIComponent(w.b.customerNo)}/invoices`, headers: bearer(w) }),
    statuses: { GET: [200], "*": [405] },
    check: (_w, method, response) => {
      if (method === "GET") expect((JSON.parse(response.body) as { data?: unknown[] }).data ?? [], "B's customer's invoices").toEqual([]);
    },
  },
  "app/api/pull/v1/customers/[customerNo]/invoices/[invoiceNo]/route.ts": {
    auth: "Pull API key (A's)",
    params: (w) => ({ customerNo: w.b.customerNo, invoiceNo: w.b.orderNo }),
    request: (w) => ({ path: `/api/pull/v1/customers/${encodeURIComponent(w.b.customerNo)}/invoices/${encodeURIComponent(w.b.orderNo)}`, headers: bearer(w) }),
    statuses: { GET: [404], "*": [405] },
  },
  "app/api/webhooks/[token]/route.ts": {
    auth: "the endpoint's secret token in the URL plus the partner's signature or token",
    params: (w) => ({ token: w.b.webhookToken }),
    // B's webhook URL (as if leaked) with a body A made up and no valid signature.
    request: (w) => ({ path: `/api/webhooks/${w.b.webhookToken}`, headers: json, body: JSON.stringify({ orderNumber: w.b.orderNo, status: "SHIPPED" }) }),
    statuses: { POST: [401] },
  },
  "app/api/webhooks/bench-baseline/route.ts": {
    auth: "none: reads the body and answers, touching no data (404 in production)",
    request: () => ({ path: "/api/webhooks/bench-baseline", headers: json, body: "{}" }),
    statuses: { POST: [200, 404] },
  },
  "app/sandbox/[system]/[...path]/route.ts": {
    auth: "none: the shared partner simulators hold no tenant's data (in memory, off unless SANDBOX_ENABLED)",
    params: () => ({ system: "wemalo", path: ["v1", "orders"] }),
    request: () => ({ path: "/sandbox/wemalo/v1/orders" }),
    statuses: { "*": [200, 401, 403, 404, 405] },
    env: { SANDBOX_ENABLED: true },
  },
  "app/sandbox/t/[space]/[system]/[...path]/route.ts": {
    auth: "the space key, a random secret only its tenant's connections hold; another key is another, empty space",
    params: () => ({ space: "0123456789abcdef0123", system: "plentymarkets", path: ["rest", "orders"] }),
    request: () => ({ path: "/sandbox/t/0123456789abcdef0123/plentymarkets/rest/orders" }),
    statuses: { "*": [200, 401, 403, 404, 405] },
    env: { SANDBOX_ENABLED: true },
  },
};
