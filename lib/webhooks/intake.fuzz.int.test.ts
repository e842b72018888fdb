import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { outbox, webhookDeliveries } from "@/db/schema";
import { pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { nearValid, oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzzAsync } from "@/lib/testing/fuzz";
import { ensureEndpoint } from "./endpoints";
import { handleWebhook } from "./intake";

/**
 * The webhook intake against the database with generated bodies at a wemalo endpoint (its token
 * in the body is the proof): it always answers with a status a partner understands, stores a
 * delivery only when it answers 200, stores it once however often it comes, and never stores the
 * secret.
 */
let world: WemaloWorld;
let token: string;
let secret: string;

beforeAll(async () => {
  world = await pipelineWorld("wemalo");
  const endpoint = await withTenant(world.tenantId, (tx) => ensureEndpoint(tx, world.tenantId, world.warehouseConnectionId));
  token = endpoint.token;
  secret = endpoint.secret;
}, 120_000);
afterAll(async () => {
  await world?.close();
});

async function stored() {
  return withTenant(world.tenantId, async (tx) => ({ deliveries: await tx.select().from(webhookDeliveries), events: await tx.select().from(outbox) }));
}

function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return handleWebhook(token, new Request(`http://localhost:3000/api/webhooks/${token}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body }));
}

describe("webhook intake under fuzzing (database)", () => {
  it("near-valid and garbage bodies: a partner-readable status, stored only on 200, once, without the secret", async (ctx) => {
    const sample = { token: "SECRET", eventData: { orderId: 5, externalId: "4711", orderNumber: "4711", statusName: "SHIPPED" } };
    const body = fc.oneof(
      { arbitrary: nearValid(sample).map(({ value }) => JSON.stringify(value)?.replaceAll('"SECRET"', JSON.stringify(secret)) ?? ""), weight: 4 },
      { arbitrary: fc.oneof(oddText, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), weight: 1 },
    );
    await fuzzAsync(ctx, "webhook intake (DB): wemalo endpoint", fc.asyncProperty(body, async (text) => {
      const before = await stored();
      const response = await post(text);
      expect([200, 400, 401, 413], `answered ${response.status}: ${await response.clone().text()}`).toContain(response.status);
      const after = await stored();
      if (response.status !== 200) {
        expect(after).toEqual(before);
        return;
      }
      const answer = (await response.json()) as { duplicate?: boolean };
      expect(after.deliveries.length - before.deliveries.length).toBe(answer.duplicate ? 0 : 1);
      for (const d of after.deliveries) expect(JSON.stringify(d)).not.toContain(secret);
      const again = await post(text);
      expect(again.status).toBe(200);
      expect((await stored()).deliveries).toHaveLength(after.deliveries.length);
    }), 40);
  });
});
