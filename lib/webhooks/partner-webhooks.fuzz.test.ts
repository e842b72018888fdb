import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { getConnector, type AnyConnector, type InboundWebhook } from "@/lib/connectors";
import { createConnectorContext } from "@/lib/connectors/context";
import { webshipperSignature } from "@/lib/connectors/webshipper/signature";
import { isPartnerError } from "@/lib/http";
import { statusChangeSchema } from "@/lib/orders";
import { nearValid, oddText, oddValue } from "@/lib/testing/fuzz-arbitraries";
import { asyncOutcomeOf, fuzz, fuzzAsync, outcomeOf } from "@/lib/testing/fuzz";
import { storableHeaders } from "./headers";
import { readBodyCapped } from "./read-body";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const SECRET = "whsec-Fuzz-9f8e7d6c5b4a";

/** Valid bodies each partner sends, with the headers that go with them. */
const SAMPLES = {
  webshipper: [
    { headers: { "x-webshipper-topic": "order/updated" }, body: { data: { id: "1001", type: "orders", attributes: { ext_ref: "4711", visible_ref: "1001", status: "dispatched" } } } },
    { headers: { "x-webshipper-topic": "shipment/created" }, body: { data: { id: "77", type: "shipments", attributes: { tracking_links: [] }, relationships: { order: { data: { id: "1001", type: "orders" } } } } } },
    { headers: { "x-webshipper-topic": "order/deleted" }, body: { data: { id: "1002", type: "orders", attributes: { ext_ref: "4712" } } } },
  ],
  ongoing: [
    { headers: { "x-auth-token": SECRET }, body: { webhookEventId: 9, timestamp: "2026-01-05T10:00:00", orderId: 55, orderNumber: "4711", goodsOwnerId: 159, orderStatus: { number: 400 }, tracking: [{ trackingUrl: "https://t.example/1", waybill: "W1" }], parcels: [{ id: 1, parcelNumber: "P1" }] } },
  ],
  wemalo: [
    { headers: {}, body: { token: SECRET, eventData: { orderId: 5, externalId: "4711", orderNumber: "4711", statusName: "SHIPPED" } } },
    { headers: {}, body: { token: SECRET, eventData: { goodsOrderId: 5, goodsOrderParcelId: 9, goodsOrderExternalId: "4711" } } },
  ],
  rackbeat: [
    { headers: { "rackbeat-webhook-token": SECRET, "rackbeat-webhook-event": "order.updated" }, body: { key: 10041, key_name: "number", event: "order.updated", data: { number: 10041 }, old_key: 10041, new_key: 10041, changed: ["is_shipped"] } },
    { headers: { "rackbeat-webhook-token": SECRET, "rackbeat-webhook-event": "order_shipment.created" }, body: { key: 551, key_name: "id", event: "order_shipment.created", data: { id: 551, order_number: 10041 } } },
  ],
} as const;

const CREDENTIALS: Record<keyof typeof SAMPLES, Record<string, unknown>> = {
  webshipper: { account: "fuzz", apiToken: "ws-token-fuzz", orderChannelId: 1, apiUrl: "http://127.0.0.1:9/" },
  ongoing: { baseUrl: "http://127.0.0.1:9/api/v1/", goodsOwnerId: 159, goodsOwnerCode: "FUZZ", username: "fuzz", password: "ongoing-pass-fuzz" },
  wemalo: { apiToken: "wemalo-token-fuzz", apiUrl: "http://127.0.0.1:9/v1" },
  rackbeat: { apiToken: "rb-token-fuzz", apiUrl: "http://127.0.0.1:9/api" },
};

/** Whatever the partner's API answers to the reads a webhook triggers: garbage, errors, empty bodies. */
const partnerAnswer = fc.record({
  status: fc.constantFrom(200, 200, 200, 201, 204, 400, 401, 404, 409, 422, 429, 500, 503),
  body: fc.oneof(oddText, fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), fc.constant("")),
  contentType: fc.constantFrom("application/json", "text/html", "application/json; charset=utf-8"),
});

function contextFor(connector: AnyConnector, answers: Array<{ status: number; body: string; contentType: string }>) {
  let i = 0;
  const fakeFetch: typeof fetch = async () => {
    const a = answers[i++ % answers.length]!;
    return new Response(a.status === 204 ? null : a.body, { status: a.status, headers: { "content-type": a.contentType } });
  };
  return createConnectorContext({
    connector,
    tenantId: "tenant-fuzz",
    connectionId: "conn-fuzz",
    credentials: CREDENTIALS[connector.id as keyof typeof SAMPLES],
    allowPrivateUrls: true,
    http: { fetch: fakeFetch, retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRateLimitRetries: 0, maxRateLimitWaitMs: 0 }, rateLimitPolicy: undefined, budget: undefined, timeoutMs: 2_000 },
  });
}

const headers = fc.dictionary(fc.oneof(fc.constantFrom("x-webshipper-topic", "x-webshipper-hmac-sha256", "x-auth-token", "authorization", "content-type"), fc.string({ maxLength: 12 })), oddText, { maxKeys: 5 });

for (const partner of Object.keys(SAMPLES) as (keyof typeof SAMPLES)[]) {
  const connector = getConnector(partner);
  const hooks = connector.webhooks!;
  const label = `${partner} webhook`;
  const body = fc.oneof(
    { arbitrary: fc.constantFrom(...SAMPLES[partner]).chain((s) => nearValid(s.body).map(({ value }) => ({ headers: s.headers as Record<string, string>, body: JSON.stringify(value) ?? "" }))), weight: 4 },
    { arbitrary: fc.record({ headers, body: fc.oneof(oddText, oddValue.map((v) => JSON.stringify(v) ?? "")) }), weight: 1 },
  );

  describe(`${partner} webhooks under fuzzing`, () => {
    it("verify answers true or false for any headers, body and secret, and never throws", (ctx) => {
      fuzz(ctx, label, fc.property(body, headers, fc.oneof(fc.constant(SECRET), oddText), (b, extra, secret) => {
        const input: InboundWebhook = { headers: { ...b.headers, ...extra }, body: b.body, receivedAt: new Date() };
        const outcome = outcomeOf(() => hooks.verify(input, secret));
        expect(outcome.ok && typeof outcome.value === "boolean", outcome.ok ? "" : String(outcome.error)).toBe(true);
        if (secret === "") expect(outcome.ok && outcome.value).toBe(false);
      }), 300);
    });

    it("describe gives a description or null for any body, and the stored body never carries the secret", (ctx) => {
      fuzz(ctx, label, fc.property(body, (b) => {
        const outcome = outcomeOf(() => (hooks.describe ? hooks.describe({ headers: { ...b.headers }, body: b.body, receivedAt: new Date() }) : {}));
        expect(outcome.ok, outcome.ok ? "" : String(outcome.error)).toBe(true);
        const description = outcome.ok ? outcome.value : null;
        if (description?.bodyToStore !== undefined || partner === "wemalo") expect(description?.bodyToStore ?? "").not.toContain(SECRET);
      }), 300);
    });

    it("parse of a near-valid body, whatever the partner's API answers, gives valid changes or a PartnerError", async (ctx) => {
      await fuzzAsync(ctx, label, fc.asyncProperty(body, fc.array(partnerAnswer, { minLength: 1, maxLength: 4 }), async (b, answers) => {
        const context = contextFor(connector, answers);
        const outcome = await asyncOutcomeOf(() => hooks.parse(context as never, { headers: { ...b.headers }, body: b.body, receivedAt: new Date("2026-01-05T10:00:00Z") }));
        if (!outcome.ok) {
          expect(isPartnerError(outcome.error), `${(outcome.error as Error)?.stack ?? String(outcome.error)}`).toBe(true);
          expect((outcome.error as Error).message).toMatch(/\w{3}/);
          return;
        }
        for (const change of outcome.value) {
          const valid = statusChangeSchema.safeParse(change);
          expect(valid.success, JSON.stringify(valid.error?.issues[0])).toBe(true);
        }
      }), 250);
    });
  });
}

describe("regressions found by fuzzing", () => {
  it("a wemalo status_update with an empty externalId is refused naming the field, not turned into a change for no order", async () => {
    const context = contextFor(getConnector("wemalo"), [{ status: 200, body: "", contentType: "application/json" }]);
    const body = JSON.stringify({ token: SECRET, eventData: { orderId: 5, externalId: "", statusName: "SHIPPED" } });
    const outcome = await asyncOutcomeOf(() => getConnector("wemalo").webhooks!.parse(context as never, { headers: {}, body, receivedAt: new Date() }));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? null : outcome.error).toMatchObject({ name: "PartnerError", kind: "permanent", message: expect.stringContaining("externalId") });
  });
});

describe("webhook signatures and secrets", () => {
  it("Webshipper: a body signed with the secret verifies; any change to body or signature does not", (ctx) => {
    const hooks = getConnector("webshipper").webhooks!;
    fuzz(ctx, "webshipper webhook", fc.property(fc.string({ maxLength: 300 }), fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 3 }), (text, secret, extra) => {
      const signature = webshipperSignature(text, secret);
      expect(hooks.verify({ headers: { "x-webshipper-hmac-sha256": signature }, body: text, receivedAt: new Date() }, secret)).toBe(true);
      expect(hooks.verify({ headers: { "X-Webshipper-Hmac-Sha256": signature }, body: text + extra, receivedAt: new Date() }, secret)).toBe(false);
      expect(hooks.verify({ headers: { "x-webshipper-hmac-sha256": webshipperSignature(text, secret + extra) }, body: text, receivedAt: new Date() }, secret)).toBe(false);
    }), 300);
  });

  it("Ongoing and wemalo: only the exact secret verifies", (ctx) => {
    const ongoing = getConnector("ongoing").webhooks!;
    const wemalo = getConnector("wemalo").webhooks!;
    fuzz(ctx, "ongoing webhook", fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.string({ maxLength: 60 }), (secret, other) => {
      const ok = { headers: { "x-auth-token": secret }, body: "{}", receivedAt: new Date() };
      expect(ongoing.verify(ok, secret)).toBe(true);
      expect(ongoing.verify({ ...ok, headers: { "x-auth-token": other } }, secret)).toBe(other === secret);
      const wemaloBody = (token: string) => ({ headers: {}, body: JSON.stringify({ token, eventData: {} }), receivedAt: new Date() });
      expect(wemalo.verify(wemaloBody(secret), secret)).toBe(true);
      expect(wemalo.verify(wemaloBody(other), secret)).toBe(other === secret);
    }), 300);
  });

  it("stored headers never keep a credential or signature header, whatever its case", (ctx) => {
    const name = fc.oneof(fc.constantFrom("Authorization", "X-Auth-Token", "x-webshipper-hmac-sha256", "Cookie", "X-Api-Key", "x-shopify-hmac-sha256", "x-wc-webhook-signature", "X-Secret"), fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/));
    fuzz(ctx, "webhook intake: headers", fc.property(fc.array(fc.tuple(name, fc.stringMatching(/^[ -~]{0,30}$/)), { maxLength: 8 }), (pairs) => {
      const h = new Headers();
      for (const [k, v] of pairs) h.append(k, v);
      const kept = storableHeaders(h);
      for (const key of Object.keys(kept)) expect(key).not.toMatch(/authorization|cookie|token|signature|hmac|secret|api-key/i);
    }), 300);
  });

  it("the body reader keeps the exact bytes up to the cap and refuses anything over it", async (ctx) => {
    await fuzzAsync(ctx, "webhook intake: body reader", fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), fc.integer({ min: 0, max: 400 }), fc.boolean(), async (chunks, limit, declare) => {
      const total = chunks.reduce((n, c) => n + c.byteLength, 0);
      const stream = new ReadableStream<Uint8Array>({ start(controller) { for (const c of chunks) controller.enqueue(c); controller.close(); } });
      const request = new Request("http://x/", { method: "POST", body: stream, duplex: "half", headers: declare ? { "content-length": String(total) } : {} } as RequestInit);
      const read = await readBodyCapped(request, limit);
      if (total > limit) expect(read).toEqual({ ok: false, tooLarge: true });
      else expect(read).toEqual({ ok: true, body: Buffer.concat(chunks).toString("utf8") });
    }), 200);
  });
});
