import { afterEach, describe, expect, it, vi } from "vitest";
import { functions } from "./index";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function introspect(env: Record<string, string>) {
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { GET } = await import("@/app/api/inngest/route");
  const response = await (GET as unknown as (request: Request, context: unknown) => Promise<Response>)(new Request("http://localhost:3000/api/inngest"), {});
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/inngest", () => {
  it("with INNGEST_DEV=1 reports every function", async () => {
    const { status, body } = await introspect({ INNGEST_DEV: "1" });
    expect(status).toBe(200);
    // Each onFailure handler is registered as a function of its own ("<id>-failure").
    const failureHandlers = functions.filter((fn) => fn.opts.onFailure).length;
    expect(failureHandlers).toBe(3);
    expect(body).toMatchObject({ mode: "dev", function_count: functions.length + failureHandlers });
    expect(functions.map((fn) => fn.id()).sort()).toEqual(
      [
        "cancel-order",
        "connection-webhooks-remove",
        "intake-fan-out",
        "intake-link",
        "link-webhooks-register",
        "order-retry",
        "order-send",
        "product-sync-fan-out",
        "product-sync-link",
        "reconcile-fan-out",
        "reconcile-link",
        "returns-fan-out",
        "returns-link",
        "status-poll-fan-out",
        "status-poll-link",
        "stock-sync-fan-out",
        "stock-sync-link",
        "tracking-write-back",
        "webhook-received",
      ].sort(),
    );
  });

  it("in cloud mode without a signing key it does not serve", async () => {
    const { status, body } = await introspect({ INNGEST_DEV: "0" });
    expect(status).toBe(500);
    expect(body).not.toHaveProperty("function_count");
  });
});
