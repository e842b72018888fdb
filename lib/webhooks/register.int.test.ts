import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { webhookEndpoints } from "@/db/schema";
import { POST } from "@/app/api/webhooks/[token]/route";
import { functions } from "@/inngest";
import { createLocalWorker } from "@/inngest/local/worker";
import { createConnection } from "@/lib/connections/store";
import { webshipperHarness, type WebshipperHarness } from "@/lib/connectors/webshipper/testing";
import { deleteLink } from "@/lib/links/manage";
import { createLink } from "@/lib/pipeline/links";
import { pipelineWorld, type OngoingWorld } from "@/lib/pipeline/testing";
import { announceNewLink } from "@/lib/wizard/activate";
import { endpointUrl, openEndpointSecrets } from "./endpoints";
import { webhookPanel } from "./list-deliveries";
import { registerLinkWebhooks } from "./register";

let world: OngoingWorld | undefined;
let ws: WebshipperHarness | undefined;
afterEach(async () => {
  await world?.close();
  await ws?.close();
  world = undefined;
  ws = undefined;
});

async function endpointOf(tenantId: string, connectionId: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.connectionId, connectionId)));
  return row ? { row, ...openEndpointSecrets(row) } : undefined;
}

function deliver(url: string, headers: Record<string, string>, body: string): Promise<Response> {
  const token = new URL(url).pathname.split("/").pop()!;
  return POST(new Request(url, { method: "POST", headers, body }), { params: Promise.resolve({ token }) });
}

describe("webhook registration follows the link", () => {
  it("activation registers at Webshipper with our URL and secret; its signed deliveries are accepted; deleting the link removes them", async () => {
    world = await pipelineWorld("ongoing");
    ws = await webshipperHarness();
    const { tenantId } = world;
    const conn = await createConnection(tenantId, { connectorId: "webshipper", label: "Webshipper", credentials: { ...ws.credentials } });
    const link = await createLink(tenantId, { name: "Shop → Webshipper", sourceConnectionId: world.sourceConnectionId, warehouseConnectionId: conn.id, mappings: { shippingMethods: {} } });
    await withTenant(tenantId, (tx) => announceNewLink(tx, tenantId, link.id));

    const worker = createLocalWorker({ functions, tenantId });
    await worker.drain();
    expect(worker.deliveries.find((d) => d.functionId === "link-webhooks-register")?.outcome).toBe("ok");

    const endpoint = (await endpointOf(tenantId, conn.id))!;
    expect(endpoint.row.registeredAt).not.toBeNull();
    const registered = ws.sim.control.webhooks();
    expect(registered.map((h) => h.topic).sort()).toEqual(["order/created", "order/deleted", "order/updated", "shipment/created", "shipment/updated"]);
    for (const hook of registered) expect(hook).toMatchObject({ url: endpointUrl(endpoint.token), secret: endpoint.secret, enabled: true });

    // What the simulator signs with the registered secret, our route accepts.
    const delivery = ws.sim.control.delivery({ topic: "order/updated", secret: registered[0]!.secret, resource: { id: 1, type: "orders", attributes: {} }, url: registered[0]!.url });
    expect((await deliver(delivery.url, delivery.headers, delivery.body)).status).toBe(200);

    // Registering again (a second activation) adds nothing at the partner.
    await registerLinkWebhooks(tenantId, link.id);
    expect(ws.sim.control.webhooks()).toHaveLength(5);

    await deleteLink(tenantId, link.id);
    await worker.drain();
    expect(ws.sim.control.webhooks()).toHaveLength(0);
    expect((await endpointOf(tenantId, conn.id))!.row.enabledAt).toBeNull();
    // The plentymarkets connection is still used by the Ongoing link: nothing happened to it.
    const resend = await deliver(delivery.url, delivery.headers, `${delivery.body} `);
    expect(resend.status).toBe(404);
  });

  it("Ongoing cannot register by API: the endpoint is made and the merchant's steps are kept", async () => {
    world = await pipelineWorld("ongoing");
    const outcomes = await registerLinkWebhooks(world.tenantId, world.linkId);
    expect(outcomes.find((o) => o.connectionId === world!.warehouseConnectionId)).toMatchObject({ outcome: "manual" });
    expect(outcomes.find((o) => o.connectionId === world!.sourceConnectionId)).toMatchObject({ outcome: "no_webhooks" });
    const endpoint = (await endpointOf(world.tenantId, world.warehouseConnectionId))!;
    expect(endpoint.row.manualSteps).toContain(endpointUrl(endpoint.token));
    // Stored without the secret; the connection page fills it in for admins.
    expect(endpoint.row.manualSteps).not.toContain(endpoint.secret);
    const panel = await webhookPanel(world.tenantId, world.warehouseConnectionId);
    expect(panel.endpoint?.manualSteps).toContain(`X-Auth-Token with the value ${endpoint.secret}`);
  });
});
