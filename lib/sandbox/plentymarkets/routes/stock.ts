import { w3c } from "../clock";
import type { Route, SimContext } from "../context";
import { defaultStorageLocations, defaultWarehouses } from "../reference-data";
import { json, notFound, paginate, validationFailed } from "../responses";

/** Reasons a correction may give (OpenAPI, PUT …/stock/correction): 301 stock correction … 328 unpack. */
const CORRECTION_REASONS = new Set([301, 302, 304, 305, 306, 307, 309, 317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328]);

export const stockKey = (warehouseId: number, storageLocationId: number, variationId: number) => `${warehouseId}:${storageLocationId}:${variationId}`;

interface Correction {
  variationId: number;
  storageLocationId: number;
  quantity: number;
  reasonId: number;
}

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/**
 * `PUT /rest/stockmanagement/warehouses/{warehouseId}/stock/correction` (OpenAPI): an absolute
 * figure per variation and storage location, one or many (`corrections[]`). GUESS: the request
 * is all or nothing, a negative quantity or a storage location of another warehouse is refused
 * with 422 naming the entry (the spec documents only 200 and 401).
 */
function correct(req: { params: Record<string, string>; body: unknown }, sim: SimContext): Response {
  const warehouseId = Number(req.params.warehouseId);
  if (!defaultWarehouses.some((w) => w.id === warehouseId)) return notFound("Warehouse");
  const body = (req.body ?? {}) as Record<string, unknown>;
  const raw = Array.isArray(body.corrections) ? (body.corrections as unknown[]) : [body];
  if (raw.length === 0) return validationFailed({ corrections: ["The corrections field is required."] });
  const errors: Record<string, string[]> = {};
  const corrections: Correction[] = [];
  raw.forEach((entry, i) => {
    const c = (entry ?? {}) as Record<string, unknown>;
    const key = Array.isArray(body.corrections) ? `corrections.${i}` : "correction";
    const problems: string[] = [];
    if (!isInt(c.variationId) || !sim.variations.some((v) => v.id === c.variationId)) problems.push(`The variation ${String(c.variationId)} does not exist.`);
    if (typeof c.quantity !== "number" || !Number.isFinite(c.quantity)) problems.push("The quantity must be a number.");
    else if (c.quantity < 0) problems.push("The quantity may not be negative.");
    const storageLocationId = c.storageLocationId ?? 0;
    if (!isInt(storageLocationId) || (storageLocationId !== 0 && !defaultStorageLocations.some((l) => l.id === storageLocationId && l.warehouseId === warehouseId))) {
      problems.push(`The storage location ${String(c.storageLocationId)} does not belong to warehouse ${warehouseId}.`);
    }
    const reasonId = c.reasonId ?? 301;
    if (!isInt(reasonId) || !CORRECTION_REASONS.has(reasonId)) problems.push(`The reason ${String(c.reasonId)} is not a correction reason.`);
    if (problems.length > 0) errors[key] = problems;
    else corrections.push({ variationId: c.variationId as number, storageLocationId: storageLocationId as number, quantity: c.quantity as number, reasonId: reasonId as number });
  });
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const at = w3c(sim.clock.now());
  for (const c of corrections) {
    sim.store.stock.set(stockKey(warehouseId, c.storageLocationId, c.variationId), c.quantity);
    sim.store.corrections.push({ warehouseId, ...c, at });
  }
  return json(corrections.map((c) => ({ warehouseId, storageLocationId: c.storageLocationId, variationId: c.variationId, quantity: c.quantity, reasonId: c.reasonId })));
}

/** `GET …/warehouses/{warehouseId}/stock/storageLocations` (OpenAPI): stock per storage location, paged. */
function stockByLocation(req: { params: Record<string, string>; query: URLSearchParams }, sim: SimContext): Response {
  const warehouseId = Number(req.params.warehouseId);
  if (!defaultWarehouses.some((w) => w.id === warehouseId)) return notFound("Warehouse");
  const variationId = req.query.get("variationId");
  const rows = [...sim.store.stock.entries()]
    .map(([key, quantity]) => {
      const [w, s, v] = key.split(":").map(Number) as [number, number, number];
      return { warehouseId: w, storageLocationId: s, variationId: v, quantity };
    })
    .filter((r) => r.warehouseId === warehouseId && (variationId === null || r.variationId === Number(variationId)))
    .sort((a, b) => a.variationId - b.variationId || a.storageLocationId - b.storageLocationId);
  return json(paginate(rows, req.query.get("page"), req.query.get("itemsPerPage")));
}

export const stockRoutes: Route[] = [
  { method: "PUT", pattern: "/rest/stockmanagement/warehouses/:warehouseId/stock/correction", handler: correct },
  { method: "GET", pattern: "/rest/stockmanagement/warehouses/:warehouseId/stock/storageLocations", handler: stockByLocation },
];
