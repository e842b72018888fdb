import { needsMerchant } from "@/lib/http/errors";
import type { ConnectorContext, DiscoveredOption, TestConnectionResult } from "../../types";
import { listShippingProfiles, listStatuses, listStorageLocations, listWarehouses, listWebstores } from "../api";
import type { PlentyCredentials, PlentySettings } from "../credentials";
import { statusKey } from "../status-ids";

type Ctx = ConnectorContext<PlentyCredentials, PlentySettings>;

const partner = "plentymarkets";

/** Statuses the settings name that the tenant must create itself (seed 004: 6.2, 6.3, 8.8). */
function configuredStatuses(s: PlentySettings): { id: string; use: string }[] {
  const list = [
    { id: s.readyStatus, use: "ready for shipping" },
    { id: s.acknowledgedStatus, use: "handed over" },
    { id: s.addressProblemStatus, use: "address problem" },
    { id: s.stockProblemStatus, use: "stock problem" },
    { id: s.otherProblemStatus, use: "other problem" },
    { id: s.shippedStatus, use: "shipped" },
    { id: s.cancellationHandledStatus, use: "cancellation handled" },
    { id: s.returnStatus, use: "return" },
    ...s.cancelledStatuses.map((id) => ({ id, use: "cancelled" })),
  ];
  if (s.partiallyShippedStatus) list.push({ id: s.partiallyShippedStatus, use: "partly shipped" });
  if (s.cancellationTooLateStatus) list.push({ id: s.cancellationTooLateStatus, use: "cancellation too late" });
  if (s.returnHandledStatus) list.push({ id: s.returnHandledStatus, use: "return handled" });
  return list;
}

/**
 * Logs in, checks the plentyID, warehouse and storage location from the form, and reads the
 * statuses and shipping profiles for the mapping screens. Statuses the settings use but the
 * system lacks come back as `missingStatuses`, so the wizard can say which to create.
 */
export async function testConnection(ctx: Ctx): Promise<TestConnectionResult> {
  const { credentials: c } = ctx;
  // The first call logs in (ctx.http's auth); wrong credentials surface here as needs_merchant.
  const stores = await listWebstores(ctx);
  const [statuses, warehouses, profiles] = await Promise.all([
    listStatuses(ctx),
    listWarehouses(ctx),
    listShippingProfiles(ctx),
  ]);

  const store = stores.find((s) => s.storeIdentifier === c.plentyId);
  if (!store) {
    const known = stores.map((s) => s.storeIdentifier).join(", ") || "none";
    throw needsMerchant(partner, "rejected", `plentyID ${c.plentyId} is not a client of this plentymarkets system (found: ${known})`);
  }
  if (!warehouses.some((w) => w.id === c.warehouseId)) {
    throw needsMerchant(partner, "rejected", `warehouse ${c.warehouseId} does not exist in plentymarkets (found: ${warehouses.map((w) => w.id).join(", ") || "none"})`);
  }
  const locations = await listStorageLocations(ctx, c.warehouseId);
  // 0 is plentymarkets' default storage location, which is not listed as a storage location.
  if (c.storageLocationId !== 0 && !locations.some((l) => l.id === c.storageLocationId)) {
    throw needsMerchant(partner, "rejected", `storage location ${c.storageLocationId} does not exist in warehouse ${c.warehouseId}`);
  }

  const statusOptions: DiscoveredOption[] = statuses.map((s) => {
    const id = statusKey(s.statusId);
    const name = s.names?.de ?? s.names?.en ?? Object.values(s.names ?? {})[0] ?? "";
    return { id, label: `[${id}] ${name}`.trim() };
  });
  const known = new Set(statusOptions.map((s) => s.id));
  const missing = configuredStatuses(ctx.settings).filter((s) => !known.has(statusKey(s.id)));

  return {
    account: { id: String(c.plentyId), name: `${c.username} @ ${store.name || `plentyID ${c.plentyId}`}` },
    discovered: {
      statuses: statusOptions,
      returnStatuses: statusOptions.filter((s) => Math.floor(Number(s.id)) === 9),
      warehouses: warehouses.map((w) => ({ id: String(w.id), label: w.name || `Warehouse ${w.id}` })),
      storageLocations: locations.map((l) => ({ id: String(l.id), label: l.name || `Storage location ${l.id}`, details: { warehouseId: String(c.warehouseId) } })),
      shippingProfiles: profiles.map((p) => ({
        id: String(p.id),
        label: p.backendName || `Shipping profile ${p.id}`,
        details: p.parcelServiceId === null || p.parcelServiceId === undefined ? undefined : { parcelServiceId: String(p.parcelServiceId) },
      })),
      accounts: stores.map((s) => ({ id: String(s.storeIdentifier), label: s.name || `plentyID ${s.storeIdentifier}` })),
      missingStatuses: [...new Map(missing.map((m) => [statusKey(m.id), { id: statusKey(m.id), label: `[${statusKey(m.id)}] needed for: ${m.use}` }])).values()],
    },
  };
}
