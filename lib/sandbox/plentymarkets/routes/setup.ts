import { w3c } from "../clock";
import type { Route, SimContext } from "../context";
import {
  defaultCountries,
  defaultPackageTypes,
  defaultShippingProfiles,
  defaultStorageLocations,
  defaultWarehouses,
  type SimStatus,
} from "../reference-data";
import { json, notFound, paginate } from "../responses";

const epoch = "2020-01-01T00:00:00+00:00";

function renderStatus(s: SimStatus) {
  return {
    statusId: s.statusId,
    names: { de: s.de, en: s.en },
    isErasable: !Number.isInteger(s.statusId),
    isFrontendVisible: true,
    isReorderVisible: false,
    isRedistributionVisible: false,
    color: s.color,
    createdAt: epoch,
    updatedAt: epoch,
  };
}

function sortedStatuses(sim: SimContext) {
  return [...sim.statuses].sort((a, b) => a.statusId - b.statusId);
}

export const setupRoutes: Route[] = [
  {
    // Paginated like /rest/orders (OpenAPI), entries per OrderStatus plus `names` ([P5]).
    method: "GET",
    pattern: "/rest/orders/statuses",
    handler: (req, sim) => {
      const from = req.query.get("statusIdFrom");
      const to = req.query.get("statusIdTo");
      const list = sortedStatuses(sim).filter(
        (s) => (from === null || s.statusId >= Number(from)) && (to === null || s.statusId <= Number(to)),
      );
      const page = paginate(list, req.query.get("page"), req.query.get("itemsPerPage"));
      return json({ ...page, entries: page.entries.map(renderStatus) });
    },
  },
  {
    method: "GET",
    pattern: "/rest/orders/statuses/all",
    handler: (_req, sim) => json(sortedStatuses(sim).map(renderStatus)),
  },
  {
    // `:status`, not `:statusId`: status ids are decimals like 5.1.
    method: "GET",
    pattern: "/rest/orders/statuses/:status",
    handler: (req, sim) => {
      const s = sim.statuses.find((x) => x.statusId === Number(req.params.status));
      return s ? json(renderStatus(s)) : notFound("Order status");
    },
  },
  {
    // A bare array, not the paginated envelope (fact sheet §3, observation [P8]).
    method: "GET",
    pattern: "/rest/stockmanagement/warehouses",
    handler: () => json(defaultWarehouses.map(renderWarehouse)),
  },
  {
    method: "GET",
    pattern: "/rest/stockmanagement/warehouses/:warehouseId",
    handler: (req) => {
      const w = defaultWarehouses.find((x) => x.id === Number(req.params.warehouseId));
      return w ? json(renderWarehouse(w)) : notFound("Warehouse");
    },
  },
  {
    // List route used by public plentymarkets plugins (paginated, `entries`); not in our spec subset.
    method: "GET",
    pattern: "/rest/stockmanagement/warehouses/:warehouseId/management/storageLocations",
    handler: (req) => {
      const warehouseId = Number(req.params.warehouseId);
      if (!defaultWarehouses.some((w) => w.id === warehouseId)) return notFound("Warehouse");
      const list = defaultStorageLocations.filter((l) => l.warehouseId === warehouseId);
      return json(paginate(list, req.query.get("page"), req.query.get("itemsPerPage")));
    },
  },
  {
    method: "GET",
    pattern: "/rest/stockmanagement/warehouses/:warehouseId/management/storageLocations/:storageLocationId",
    handler: (req) => {
      const l = defaultStorageLocations.find(
        (x) => x.warehouseId === Number(req.params.warehouseId) && x.id === Number(req.params.storageLocationId),
      );
      return l ? json(l) : notFound("Storage location");
    },
  },
  {
    method: "GET",
    pattern: "/rest/orders/shipping/presets",
    handler: (_req, sim) => json(defaultShippingProfiles.map((p) => ({ ...p, supportedMultishop: [sim.plentyId], updatedAt: epoch }))),
  },
  {
    method: "GET",
    pattern: "/rest/orders/shipping/package_types",
    handler: () => json(defaultPackageTypes),
  },
  {
    method: "GET",
    pattern: "/rest/orders/shipping/countries",
    handler: () => json(defaultCountries.map((c) => ({ ...c, active: true, lang: c.isoCode2.toLowerCase() }))),
  },
  {
    // `storeIdentifier` is the plentyId (read this way by the official Shopware connector, [P3]).
    method: "GET",
    pattern: "/rest/webstores",
    handler: (_req, sim) =>
      json([{ id: 0, type: "plentymarkets", storeIdentifier: sim.plentyId, name: "Lagerbro Sandbox-Shop", updatedAt: w3c(sim.clock.now()) }]),
  },
];

function renderWarehouse(w: (typeof defaultWarehouses)[number]) {
  return { ...w, note: "", splitByShippingProfile: false, isInventoryModeActive: false, createdAt: epoch, updatedAt: epoch };
}
