import { randomBytes } from "node:crypto";
import { withTenant } from "@/db";
import type { Discovered } from "@/lib/connectors";
import { getConnector } from "@/lib/connectors";
import { testStoredConnection } from "@/lib/connections/open";
import { createConnection } from "@/lib/connections/store";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors/user-error";
import { createLink } from "@/lib/pipeline/links";
import { sandboxSpace, sandboxSpacePrefix } from "@/lib/sandbox/registry";
import { sandboxPlentyId, sandboxUser } from "@/lib/sandbox/plentymarkets";
import { SANDBOX_WEMALO_TOKEN } from "@/lib/sandbox/wemalo";
import { announceNewLink } from "@/lib/wizard/activate";
import { suggestMappings } from "@/lib/wizard/prefill";
import { findTenantSandbox } from "./find";
import { createSandboxOrders } from "./orders";

/** The articles of the sandbox shop, stocked at the sandbox warehouse so orders can ship. */
export const SANDBOX_ARTICLES = ["TS-BLK-M", "CAP-GRN", "MUG-WHT", "SOCK-3P"];
/** The sandbox shop's fulfilment warehouse and its storage location (as in seed 004). */
const SANDBOX_WAREHOUSE = { warehouseId: 104, storageLocationId: 12 };

export function sandboxAvailable(): boolean {
  return env().SANDBOX_ENABLED;
}

async function testOrExplain(tenantId: string, connectionId: string, what: string): Promise<Discovered> {
  const result = await testStoredConnection(tenantId, connectionId);
  if (!result.ok) throw new UserError(`The sandbox ${what} did not answer as expected: ${result.message}`);
  return result.discovered;
}

/**
 * "Try it with the sandbox": in one go, a sandbox plentymarkets shop and a sandbox wemalo
 * warehouse of the tenant's own (this app's /sandbox/t/<space>/… simulators), tested, linked with
 * the mappings the wizard would suggest, active, and three orders waiting in the shop.
 * Running it again returns the existing sandbox link.
 */
export async function startSandbox(tenantId: string, actorUserId?: string): Promise<{ linkId: string; created: boolean }> {
  if (!sandboxAvailable()) throw new UserError("The sandbox is not switched on for this installation.");
  const existing = await findTenantSandbox(tenantId);
  if (existing?.linkId) return { linkId: existing.linkId, created: false };

  const space = randomBytes(10).toString("hex");
  const sims = sandboxSpace(space);
  for (const sku of SANDBOX_ARTICLES) sims.wemalo.control.putProduct({ externalId: sku, sku, name: sku, stock: 1_000 });
  const base = `${env().APP_URL.replace(/\/+$/, "")}${sandboxSpacePrefix(space)}`;

  const source = await createConnection(tenantId, {
    connectorId: "plentymarkets",
    label: "Sandbox shop (plentymarkets)",
    credentials: { url: `${base}/plentymarkets`, username: sandboxUser.username, password: sandboxUser.password, plentyId: sandboxPlentyId, ...SANDBOX_WAREHOUSE },
  }, actorUserId);
  const warehouse = await createConnection(tenantId, {
    connectorId: "wemalo",
    label: "Sandbox warehouse (wemalo)",
    credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${base}/wemalo/v1` },
  }, actorUserId);
  const [sourceDiscovered, warehouseDiscovered] = await Promise.all([
    testOrExplain(tenantId, source.id, "shop"),
    testOrExplain(tenantId, warehouse.id, "warehouse"),
  ]);
  const mappings = suggestMappings({ sourceConnector: getConnector("plentymarkets"), sourceDiscovered, warehouseDiscovered });
  const link = await createLink(tenantId, {
    name: "Sandbox shop → sandbox warehouse",
    sourceConnectionId: source.id,
    warehouseConnectionId: warehouse.id,
    mappings,
    settings: { scheduleMinutes: 1, customerEmailBy: "shop" },
  }, actorUserId);
  createSandboxOrders(space, 3);
  await withTenant(tenantId, (tx) => announceNewLink(tx, tenantId, link.id));
  return { linkId: link.id, created: true };
}
