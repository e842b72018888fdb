import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { links, outbox } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createPlentymarketsSimulator, sandboxPlentyId, sandboxUser, type PlentymarketsSimulator } from "@/lib/sandbox/plentymarkets";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN } from "@/lib/sandbox/wemalo";
import { activateDraft } from "./activate";
import { chooseConnector, saveAndTestConnection } from "./connection-step";
import { createDraft, getDraft, listOpenDrafts } from "./drafts";
import { loadWizard, mappingsToShow } from "./load";
import { previewNewestOrder } from "./preview";
import { saveMappings, saveSettings } from "./save-steps";
import { furthestStep } from "./steps";
import { mappingsView, settingsView } from "./step-view";
import { createRackbeatSimulator, DEFAULT_TOKEN as RB_TOKEN } from "@/lib/sandbox/rackbeat";
import { createWebshipperSimulator, DEFAULT_ORDER_CHANNEL, DEFAULT_TOKEN as WS_TOKEN } from "@/lib/sandbox/webshipper";

let plenty: PlentymarketsSimulator;
let plentyServer: RunningServer;
let wemaloServer: RunningServer;

beforeAll(async () => {
  plenty = createPlentymarketsSimulator({ basePath: "", seed: 3 });
  plentyServer = await serveFetchHandler(plenty.handle);
  const wemalo = createWemaloSimulator({ basePath: "", seed: 3 });
  wemaloServer = await serveFetchHandler(wemalo.handle);
});
afterAll(async () => {
  await plentyServer.close();
  await wemaloServer.close();
});

const plentyCredentials = (password: string) => ({ url: plentyServer.url, username: sandboxUser.username, password, plentyId: String(sandboxPlentyId), warehouseId: "104", storageLocationId: "12" });

describe("the connect wizard", () => {
  it("goes from a new draft to an active link: wrong password first, tests, suggested mappings, preview, activation", async () => {
    const { tenantId, userId } = await signUpOwner("Wizard GmbH");
    const draft = await createDraft(tenantId, userId);
    expect((await listOpenDrafts(tenantId)).map((d) => d.id)).toContain(draft.id);

    await chooseConnector(tenantId, draft.id, "source", "plentymarkets");
    const refused = await saveAndTestConnection(tenantId, draft.id, "source", plentyCredentials("wrong password"));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.explanation.title).toMatch(/refused the login/);
      expect(refused.explanation.field).toBe("password");
    }
    // Resumable: the draft kept the connection; the step stays until the test passes.
    let state = (await loadWizard(tenantId, draft.id))!;
    expect(state.source?.status).toBe("failing");
    expect(furthestStep(state.progress)).toBe("source-credentials");

    const passed = await saveAndTestConnection(tenantId, draft.id, "source", plentyCredentials(sandboxUser.password));
    expect(passed).toMatchObject({ ok: true, connectionId: refused.connectionId });

    await chooseConnector(tenantId, draft.id, "warehouse", "wemalo");
    const warehouse = await saveAndTestConnection(tenantId, draft.id, "warehouse", { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${wemaloServer.url}/v1` });
    expect(warehouse.ok).toBe(true);

    state = (await loadWizard(tenantId, draft.id))!;
    expect(furthestStep(state.progress)).toBe("mappings");
    const { mappings, suggested } = mappingsToShow(state);
    expect(suggested).toBe(true);
    expect(mappings).toMatchObject({ readyStatus: "5", handoverStatus: "5.1", shippedStatus: "7", addressErrorStatus: "6.2", stockErrorStatus: "6.3", cancelStatuses: ["8"], returnStatus: "9", skuPolicy: "same" });
    // plentymarkets "DHL Paket" → wemalo's DHL profile, "DPD Classic" → DPD Classic.
    expect(mappings.shippingMethods["6"]).toBe("dhl_paket");
    expect(mappings.shippingMethods["7"]).toBe("dpd_classic");

    await saveMappings(tenantId, draft.id, mappings);
    await saveSettings(tenantId, draft.id, { name: "Shop → Lager", settings: { scheduleMinutes: 5, customerEmailBy: "shop" } });

    expect(await previewNewestOrder(tenantId, passed.connectionId, mappings)).toEqual({ kind: "none" });
    const order = plenty.control.createOrder();
    const preview = await previewNewestOrder(tenantId, passed.connectionId, mappings);
    expect(preview).toMatchObject({ kind: "order", problems: [], shippingCode: "dhl_paket", order: { sourceRef: String(order.id) } });
    const strict = await previewNewestOrder(tenantId, passed.connectionId, { ...mappings, skuPolicy: "mapped", skuMap: { "TS-BLK-M": "100234" } });
    expect(strict.kind === "order" && strict.problems.map((p) => p.kind)).toEqual(["unknown_sku"]);
    expect(strict.kind === "order" && strict.order.lines.map((l) => l.sku)).toContain("100234");
    // The preview changes nothing at the shop.
    expect(plenty.control.statusOf(order.id)).toBe(5);

    const link = await activateDraft(tenantId, draft.id);
    expect(link).toMatchObject({ status: "active", name: "Shop → Lager" });
    const events = await withTenant(tenantId, (tx) => tx.select().from(outbox).where(eq(outbox.tenantId, tenantId)));
    // An intake and a status poll start the link at once (other work may be announced beside them).
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(["link.intake.requested", "link.status-poll.requested"]));
    expect((await getDraft(tenantId, draft.id))?.linkId).toBe(link.id);
    await expect(activateDraft(tenantId, draft.id)).rejects.toThrow(/active already/);
    expect(await listOpenDrafts(tenantId)).toHaveLength(0);
  });

  it("says the address cannot be reached, and keeps drafts to their tenant", async () => {
    const { tenantId, userId } = await signUpOwner("Unreachable AB");
    const draft = await createDraft(tenantId, userId);
    await chooseConnector(tenantId, draft.id, "source", "plentymarkets");
    const outcome = await saveAndTestConnection(tenantId, draft.id, "source", { ...plentyCredentials("x"), url: "http://127.0.0.1:9" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.explanation.title).toMatch(/could not reach/);
      expect(outcome.explanation.field).toBe("url");
    }
    const other = await signUpOwner("Other AB");
    expect(await getDraft(other.tenantId, draft.id)).toBeNull();
    await expect(chooseConnector(other.tenantId, draft.id, "source", "plentymarkets")).rejects.toThrow(/no longer exists/);
    expect(await withTenant(other.tenantId, (tx) => tx.select().from(links).where(and(eq(links.tenantId, tenantId))))).toHaveLength(0);
  });

  it("refuses a connector for the wrong side", async () => {
    const { tenantId, userId } = await signUpOwner();
    const draft = await createDraft(tenantId, userId);
    await expect(chooseConnector(tenantId, draft.id, "source", "wemalo")).rejects.toThrow(/Choose your shop/);
  });
});

describe("the connect wizard for Rackbeat and Webshipper (seed 002)", () => {
  it("asks the trigger, maps delivery terms to shipping rates, stores direction and trigger, and refuses the same pair the other way before activation", async () => {
    const rb = createRackbeatSimulator({ seed: 8 });
    const ws = createWebshipperSimulator({ seed: 8 });
    const [rbServer, wsServer] = [await serveFetchHandler(rb.handle), await serveFetchHandler(ws.handle)];
    try {
      const rackbeat = { apiToken: RB_TOKEN, apiUrl: rb.control.baseUrl(rbServer.url) };
      const webshipper = { account: "sandbox", apiToken: WS_TOKEN, orderChannelId: String(DEFAULT_ORDER_CHANNEL.id), apiUrl: ws.control.baseUrl(wsServer.url) };
      const { tenantId, userId } = await signUpOwner("Rackbeat Wizard ApS");
      const draft = await createDraft(tenantId, userId);
      await chooseConnector(tenantId, draft.id, "source", "rackbeat");
      expect((await saveAndTestConnection(tenantId, draft.id, "source", rackbeat)).ok).toBe(true);
      await chooseConnector(tenantId, draft.id, "warehouse", "webshipper");
      expect((await saveAndTestConnection(tenantId, draft.id, "warehouse", webshipper)).ok).toBe(true);

      let state = (await loadWizard(tenantId, draft.id))!;
      const view = mappingsView(state);
      expect(view).toMatchObject({ showStatuses: false, shippingTitle: "Delivery terms → shipping rates" });
      expect(view.sourceMethods.map((m) => m.label)).toEqual(["Afhentning", "GLS Erhverv", "PostNord Hjemlevering"]);
      expect(view.warehouseProfiles.map((p) => p.label)).toContain("GLS Business");
      expect(view.mappings.shippingMethods).toMatchObject({ "2": "6", "3": "8" });
      await saveMappings(tenantId, draft.id, view.mappings);
      state = (await loadWizard(tenantId, draft.id))!;
      expect(settingsView(state).flow).toMatchObject({ direction: "Rackbeat → Webshipper", trigger: "order_created" });
      await saveSettings(tenantId, draft.id, { name: "Rackbeat → Webshipper", settings: { scheduleMinutes: 5, customerEmailBy: "3pl", trigger: "shipment_created" } });
      const link = await activateDraft(tenantId, draft.id);
      expect(link.settings).toMatchObject({ direction: "rackbeat_to_webshipper", trigger: "shipment_created" });

      // The same two accounts the other way round, through new connections: refused at the settings step.
      const back = await createDraft(tenantId, userId);
      await chooseConnector(tenantId, back.id, "source", "webshipper");
      expect((await saveAndTestConnection(tenantId, back.id, "source", webshipper)).ok).toBe(true);
      await chooseConnector(tenantId, back.id, "warehouse", "rackbeat");
      expect((await saveAndTestConnection(tenantId, back.id, "warehouse", rackbeat)).ok).toBe(true);
      await saveMappings(tenantId, back.id, mappingsView((await loadWizard(tenantId, back.id))!).mappings);
      await expect(saveSettings(tenantId, back.id, { name: "back", settings: { scheduleMinutes: 5, customerEmailBy: "shop" } })).rejects.toThrow(
        /Link "Rackbeat → Webshipper" already syncs Rackbeat → Webshipper/,
      );
      expect((await getDraft(tenantId, back.id))?.step).not.toBe("preview");
    } finally {
      await rbServer.close();
      await wsServer.close();
    }
  });
});
