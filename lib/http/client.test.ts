import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { serveFetchHandler, type FetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createCallBudget } from "./budget";
import { createHttpClient, type HttpClientOptions } from "./client";
import { createTestClock } from "./clock";
import { PartnerError } from "./errors";
import { plentymarketsRateLimitPolicy, wemaloRateLimitPolicy } from "./rate-limit";
import { InMemoryRequestLogSink } from "./request-log";

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves `handler`, counting requests; returns a client on a test clock that never really waits. */
async function setup(handler: FetchHandler, options: Partial<HttpClientOptions> = {}) {
  const seen: Request[] = [];
  server = await serveFetchHandler(async (req) => {
    seen.push(req.clone());
    return handler(req);
  });
  const clock = createTestClock();
  const log = new InMemoryRequestLogSink();
  const client = createHttpClient({
    partner: "testpartner",
    baseUrl: `${server.url}/rest`,
    connectionId: "conn-1",
    clock,
    random: () => 0.5,
    requestLog: log,
    timeoutMs: 2000,
    ...options,
  });
  return { client, clock, log, seen };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers });
}

async function caught(promise: Promise<unknown>): Promise<PartnerError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PartnerError);
    return error as PartnerError;
  }
  throw new Error("expected the call to fail");
}

describe("createHttpClient", () => {
  it("joins base URL, path and query (arrays repeat) and parses JSON", async () => {
    const { client, seen } = await setup(async () => json({ ok: true }));
    const res = await client.get("/orders", { query: { statusFrom: "5", "with[]": ["addresses", "relations"], skip: undefined } });
    expect(res.data).toEqual({ ok: true });
    const url = new URL(seen[0]!.url);
    expect(url.pathname).toBe("/rest/orders");
    expect(url.searchParams.getAll("with[]")).toEqual(["addresses", "relations"]);
    expect(url.searchParams.has("skip")).toBe(false);
  });

  it("lets connection headers replace the default Accept instead of joining it", async () => {
    const { client, seen } = await setup(async () => json({}), { headers: { Accept: "application/x.plentymarkets.v1+json" } });
    await client.get("/x");
    expect(seen[0]!.headers.get("accept")).toBe("application/x.plentymarkets.v1+json");
  });

  it("sends JSON bodies with a content type", async () => {
    const { client, seen } = await setup(async (req) => json(await req.json()));
    const res = await client.put("/orders/1", { statusId: 5.1 });
    expect(res.data).toEqual({ statusId: 5.1 });
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("retries a 5xx with growing backoff, then succeeds", async () => {
    let calls = 0;
    const { client, clock, log } = await setup(async () => (++calls < 3 ? new Response("boom", { status: 503 }) : json({ n: calls })));
    const res = await client.get("/x");
    expect(res.data).toEqual({ n: 3 });
    expect(res.attempts).toBe(3);
    // equal jitter with random 0.5: 0.75 × 500, 0.75 × 1000
    expect(clock.sleeps).toEqual([375, 750]);
    expect(log.entries.map((e) => [e.attempt, e.status])).toEqual([[1, 503], [2, 503], [3, 200]]);
  });

  it("gives up on a persistent 5xx with a transient server_error after maxAttempts", async () => {
    const { client, seen } = await setup(async () => new Response("down", { status: 500 }), { retry: { maxAttempts: 3 } });
    const error = await caught(client.get("/x"));
    expect(error).toMatchObject({ kind: "transient", reason: "server_error", status: 500, attempts: 3 });
    expect(seen).toHaveLength(3);
  });

  it("does not repeat a POST after a 5xx (it may have been processed)", async () => {
    const { client, seen } = await setup(async () => new Response("down", { status: 502 }));
    const error = await caught(client.post("/orders", { a: 1 }));
    expect(error.kind).toBe("transient");
    expect(seen).toHaveLength(1);
  });

  it("repeats a POST marked idempotent", async () => {
    let calls = 0;
    const { client } = await setup(async () => (++calls === 1 ? new Response("", { status: 502 }) : json({ id: 7 })));
    const res = await client.post("/goodsOrder/addConditional", {}, { idempotent: true });
    expect(res.data).toEqual({ id: 7 });
  });

  it("honours Retry-After on 429", async () => {
    let calls = 0;
    const { client, clock } = await setup(async () =>
      ++calls === 1 ? new Response("slow down", { status: 429, headers: { "Retry-After": "7" } }) : json({ ok: 1 }),
    );
    const res = await client.post("/orders", { a: 1 });
    expect(res.data).toEqual({ ok: 1 });
    expect(clock.sleeps).toEqual([7000]);
  });

  it("waits for plentymarkets' Decay when a 429 says calls-left 0", async () => {
    let calls = 0;
    const { client, clock } = await setup(
      async () =>
        ++calls === 1
          ? new Response("", {
              status: 429,
              headers: {
                "X-Plenty-Global-Short-Period-Calls-Left": "0",
                "X-Plenty-Global-Short-Period-Decay": "12",
                "X-Plenty-Global-Long-Period-Calls-Left": "100",
                "X-Plenty-Global-Long-Period-Decay": "28000",
              },
            })
          : json([]),
      { rateLimitPolicy: plentymarketsRateLimitPolicy },
    );
    await client.get("/orders");
    expect(clock.sleeps).toEqual([12_000]);
  });

  it("slows down before the next call when a 200 says no calls are left", async () => {
    const { client, clock } = await setup(
      async () =>
        json({}, 200, { "X-Plenty-Route-Calls-Left": "0", "X-Plenty-Route-Decay": "3" }),
      { rateLimitPolicy: plentymarketsRateLimitPolicy },
    );
    await client.get("/a");
    expect(clock.sleeps).toEqual([]);
    await client.get("/b");
    expect(clock.sleeps).toEqual([3000]);
  });

  it("throws rate_limited with retryAfterMs when the partner asks for a longer pause than we wait in-process", async () => {
    const { client, seen } = await setup(
      async () =>
        new Response("", {
          status: 429,
          headers: { "X-Plenty-Global-Long-Period-Calls-Left": "0", "X-Plenty-Global-Long-Period-Decay": "28000" },
        }),
      { rateLimitPolicy: plentymarketsRateLimitPolicy },
    );
    const error = await caught(client.get("/orders"));
    expect(error).toMatchObject({ kind: "transient", reason: "rate_limited", retryAfterMs: 28_000_000 });
    expect(seen).toHaveLength(1);
  });

  it("treats wemalo's 419 and its body status 419 as rate limits and waits a window when remaining is 0", async () => {
    let calls = 0;
    const { client, clock } = await setup(
      async () => {
        calls += 1;
        if (calls === 1) return json({ status: 419, message: "limit" }, 419, { "x-wemalo-limit-maxcall": "60", "x-wemalo-limit-remainingcall": "0" });
        if (calls === 2) return json({ Success: false, status: 419 }, 200, { "x-wemalo-limit-remainingcall": "0" });
        return json({ Success: true }, 200, { "x-wemalo-limit-remainingcall": "12" });
      },
      { rateLimitPolicy: wemaloRateLimitPolicy({ windowMs: 5000 }) },
    );
    const res = await client.get("/goodsOrder/profiles");
    expect(res.data).toEqual({ Success: true });
    expect(clock.sleeps).toEqual([5000, 5000]);
  });

  it("waits when the call budget is used up, and throws when told to", async () => {
    const clock = createTestClock();
    const { client } = await setup(async () => json({}), {
      clock,
      budget: createCallBudget({ maxCalls: 2, windowMs: 1000, clock }),
    });
    await client.get("/1");
    await client.get("/2");
    expect(clock.sleeps).toEqual([]);
    await client.get("/3");
    expect(clock.sleeps).toEqual([500]);

    const strict = createHttpClient({
      partner: "testpartner",
      baseUrl: server!.url,
      clock,
      budget: createCallBudget({ maxCalls: 1, windowMs: 60_000, clock, onExceeded: "throw" }),
    });
    await strict.get("/a");
    const error = await caught(strict.get("/b"));
    expect(error).toMatchObject({ kind: "transient", reason: "budget_exhausted" });
    expect(error.retryAfterMs).toBe(60_000);
  });

  it("times out a hanging partner and retries, then classifies as transient timeout", async () => {
    const { client, seen } = await setup(() => new Promise<Response>(() => {}), { timeoutMs: 50, retry: { maxAttempts: 2 } });
    const error = await caught(client.get("/hang"));
    expect(error).toMatchObject({ kind: "transient", reason: "timeout", attempts: 2 });
    expect(error.message).toContain("50ms");
    expect(seen).toHaveLength(2);
  });

  it("classifies a refused connection as transient network error", async () => {
    const { client } = await setup(async () => json({}));
    await server!.close();
    server = undefined;
    const error = await caught(client.get("/x"));
    expect(error).toMatchObject({ kind: "transient", reason: "network" });
  });

  it("classifies 401/403 as needs_merchant credentials_rejected, 404 as permanent, 400 as permanent rejected", async () => {
    const status = { current: 401 };
    const { client } = await setup(async () => json({ error: "no" }, status.current));
    expect(await caught(client.get("/x"))).toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected", status: 401 });
    status.current = 403;
    expect((await caught(client.get("/x"))).message).toContain("credentials rejected");
    status.current = 404;
    expect(await caught(client.get("/x"))).toMatchObject({ kind: "permanent", reason: "not_found" });
    status.current = 400;
    const rejected = await caught(client.post("/x", {}));
    expect(rejected).toMatchObject({ kind: "permanent", reason: "rejected" });
    expect(rejected.body).toContain("no");
  });

  it("lets the caller handle statuses listed in acceptStatus", async () => {
    const { client } = await setup(async () => json({ missing: true }, 404));
    const res = await client.get("/x", { acceptStatus: [404] });
    expect(res.status).toBe(404);
    expect(res.data).toEqual({ missing: true });
  });

  it("refreshes credentials once on 401 and repeats the request", async () => {
    let token = "old";
    const { client, seen } = await setup(async (req) =>
      req.headers.get("authorization") === "Bearer new" ? json({ ok: true }) : json({ error: "expired" }, 401),
      {
        auth: {
          headers: () => ({ authorization: `Bearer ${token}` }),
          onUnauthorized: async () => {
            token = "new";
            return true;
          },
        },
      },
    );
    const res = await client.get("/orders");
    expect(res.data).toEqual({ ok: true });
    expect(seen.map((r) => r.headers.get("authorization"))).toEqual(["Bearer old", "Bearer new"]);
  });

  it("turns a body that breaks the schema into a classified error after retries", async () => {
    const { client } = await setup(async () => json({ entries: [{ id: "not-a-number" }] }), { retry: { maxAttempts: 2 } });
    const schema = z.object({ entries: z.array(z.object({ id: z.number() })) });
    const error = await caught(client.get("/orders", { schema, operation: "list orders" }));
    expect(error).toMatchObject({ kind: "transient", reason: "malformed_response", attempts: 2 });
    expect(error.message).toMatch(/^malformed response from testpartner \(list orders\): entries\[0\]\.id: /);
  });

  it("returns schema-parsed data", async () => {
    const { client } = await setup(async () => json({ id: 5, extra: "x" }));
    const res = await client.get("/x", { schema: z.object({ id: z.number() }) });
    expect(res.data).toEqual({ id: 5 });
  });

  it("refuses a URL the guard rejects before any request, as needs_merchant unsafe_url", async () => {
    const { client, seen } = await setup(async () => json({}), {
      urlGuard: async (url) => {
        throw new Error(`refusing to call ${url.hostname}: private address`);
      },
    });
    const error = await caught(client.get("/x"));
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "unsafe_url" });
    expect(error.message).toContain("127.0.0.1");
    expect(seen).toHaveLength(0);
  });

  it("runs redirect targets through the guard", async () => {
    const checked: string[] = [];
    const { client } = await setup(
      async (req) => (new URL(req.url).pathname === "/rest/old" ? new Response(null, { status: 302, headers: { location: "http://169.254.169.254/latest" } }) : json({})),
      {
        urlGuard: async (url) => {
          checked.push(url.hostname);
          if (url.hostname === "169.254.169.254") throw new Error(`refusing to call ${url.hostname}`);
        },
      },
    );
    const error = await caught(client.get("/old"));
    expect(error.reason).toBe("unsafe_url");
    expect(checked).toEqual(["127.0.0.1", "169.254.169.254"]);
  });

  it("logs every attempt with secrets redacted", async () => {
    const { client, log } = await setup(
      async () => json({ access_token: "eyJ-super-secret-token", token_type: "Bearer", user: "anna" }),
      { secrets: ["hunter2-password"], headers: { "X-Api-Key": "k-123456" } },
    );
    await client.post(
      "/login?apiKey=abc123456&page=2",
      { username: "anna", password: "hunter2-password", nested: { clientSecret: "s3cr3t-value" }, note: "pw is hunter2-password" },
      { headers: { Authorization: "Bearer eyJ-old-token" }, operation: "login" },
    );
    const entry = log.entries[0]!;
    const dump = JSON.stringify(entry);
    for (const secret of ["hunter2-password", "s3cr3t-value", "eyJ-super-secret-token", "eyJ-old-token", "abc123456", "k-123456"]) {
      expect(dump).not.toContain(secret);
    }
    expect(entry).toMatchObject({ connectionId: "conn-1", partner: "testpartner", operation: "login", method: "POST", status: 200, attempt: 1 });
    expect(entry.requestHeaders.authorization).toBe("[redacted]");
    expect(entry.url).toContain("page=2");
    expect(entry.requestBody).toContain("anna");
    expect(entry.responseBody).toContain("anna");
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("keeps secrets out of error messages and bodies", async () => {
    const { client } = await setup(async () => json({ message: "bad password hunter2-password", token: "t-999999" }, 400), {
      secrets: ["hunter2-password"],
    });
    const error = await caught(client.post("/login", { password: "hunter2-password" }));
    expect(JSON.stringify(error)).not.toContain("hunter2-password");
    expect(JSON.stringify(error)).not.toContain("t-999999");
  });
});
