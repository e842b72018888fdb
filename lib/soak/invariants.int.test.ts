import { afterEach, describe, expect, it } from "vitest";
import { sandboxUser } from "@/lib/sandbox/plentymarkets";
import { seededRandom } from "@/lib/sandbox/faults";
import { intakeLink } from "@/lib/pipeline/intake";
import { checkTenant } from "./invariants";
import { soakTenant, type SoakTenant } from "./tenant";
import { defaultSoakTiming } from "./time-scale";
import { deliverRepeatedly } from "./webhooks";

let tenant: SoakTenant | undefined;
afterEach(async () => {
  await tenant?.close();
  tenant = undefined;
});

async function plentyCall(t: SoakTenant, method: string, path: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await t.plenty.handle(new Request(`http://plenty.test${path}`, { method, headers, body: JSON.stringify(body) }));
  return (await res.json()) as Record<string, unknown>;
}

describe("the soak's invariants", () => {
  it("are zero for orders that went through, and count what a broken pipeline leaves: an order never taken in, a package written twice", async () => {
    const t = (tenant = await soakTenant({ index: 0, kind: "ongoing", seed: 3, faultRate: 0, timing: defaultSoakTiming }));
    const refs = t.plenty.control.createOrders(2).map((o) => String(o.id));
    for (const ref of refs) t.createdAt.set(ref, Date.now());
    await intakeLink(t.tenantId, t.linkId);
    await t.engine.settle();
    expect(t.warehouse.shipNew()).toEqual(refs);
    const tally = { sent: 0, deliveries: 0, refused: 0 };
    await deliverRepeatedly(t.warehouse.takeWebhooks(t.endpoint), seededRandom(1), 3, tally);
    await t.engine.settle();
    expect(tally).toMatchObject({ sent: 2, refused: 0 });

    const clean = await checkTenant(t);
    expect(clean).toMatchObject({ orders: 2, lost: 0, createdTwice: 0, writtenBackTwice: 0, wrongState: 0, openExceptions: 0 });
    expect(clean.settleMs.size).toBe(2);

    // The shop gets the first order's package a second time; a third order is never taken in.
    const [written] = t.plenty.control.packages(Number(refs[0]));
    const login = await plentyCall(t, "POST", "/rest/login", { username: sandboxUser.username, password: sandboxUser.password });
    await plentyCall(t, "POST", `/rest/orders/${refs[0]}/shipping/packages`, { packageId: written!.packageId, packageType: written!.packageType, packageNumber: written!.packageNumber }, String(login.access_token));
    t.plenty.control.createOrders(1);

    const broken = await checkTenant(t);
    expect(broken).toMatchObject({ orders: 3, lost: 1, createdTwice: 0, writtenBackTwice: 1, wrongState: 1 });
    expect(broken.examples).toEqual([expect.stringMatching(/^written back twice/), expect.stringMatching(/^lost/), expect.stringMatching(/^wrong state \(missing, shop 5\)/)]);
  });
});
