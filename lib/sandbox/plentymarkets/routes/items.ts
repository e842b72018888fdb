import { w3c } from "../clock";
import type { Route, SimContext } from "../context";
import type { SimVariation } from "../reference-data";
import { json, paginate, validationFailed } from "../responses";

/** The sandbox's start: variations never changed since count as changed then. */
export const VARIATIONS_EPOCH = "2025-01-01T00:00:00Z";

/** `with` as `with=a,b` or `with[]=a&with[]=b` (both appear in clients [P1][P4]). */
function withRelations(query: URLSearchParams): Set<string> {
  return new Set([...query.getAll("with"), ...query.getAll("with[]")].flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean));
}

/** A unix timestamp or an ISO 8601 date, as `updatedBetween` accepts them (OpenAPI). */
function parseMoment(raw: string): Date | undefined {
  const text = raw.trim();
  const date = /^\d+$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function renderVariation(v: SimVariation, relations: Set<string>) {
  const updatedAt = v.updatedAt ?? VARIATIONS_EPOCH;
  return {
    id: v.id,
    itemId: v.itemId,
    isMain: true,
    mainVariationId: null,
    number: v.number,
    model: v.model,
    name: v.name,
    isActive: v.isActive ?? true,
    weightG: v.weightG,
    weightNetG: v.weightG,
    widthMM: v.widthMM ?? 0,
    lengthMM: v.lengthMM ?? 0,
    heightMM: v.heightMM ?? 0,
    createdAt: w3c(new Date(VARIATIONS_EPOCH)),
    updatedAt: w3c(new Date(updatedAt)),
    ...(relations.has("variationBarcodes")
      ? { variationBarcodes: v.barcode ? [{ barcodeId: 1, variationId: v.id, code: v.barcode, createdAt: w3c(new Date(VARIATIONS_EPOCH)) }] : [] }
      : {}),
    ...(relations.has("item")
      ? { item: { id: v.itemId, customsTariffNumber: v.customsTariffNumber ?? "", producingCountryId: v.producingCountryId ?? 0, mainVariationId: v.id } }
      : {}),
  };
}

function searchVariations(req: { query: URLSearchParams }, sim: SimContext): Response {
  const q = req.query;
  const updated = q.get("updatedBetween");
  let from: Date | undefined;
  let to: Date | undefined;
  if (updated) {
    const [a, b] = updated.split(",");
    from = parseMoment(a ?? "");
    to = b ? parseMoment(b) : undefined;
    if (!from || (b && !to)) return validationFailed({ updatedBetween: ["The updated between must be a unix timestamp or an ISO 8601 date."] });
  }
  const numberExact = q.get("numberExact");
  const isActive = q.get("isActive");
  const ids = q.get("id")?.split(",").map(Number);
  const rows = sim.variations
    .filter((v) => {
      const at = new Date(v.updatedAt ?? VARIATIONS_EPOCH);
      if (from && at < from) return false;
      if (to && at > to) return false;
      if (numberExact !== null && v.number !== numberExact) return false;
      if (ids && !ids.includes(v.id)) return false;
      if (isActive !== null && (v.isActive ?? true) !== (isActive === "true" || isActive === "1")) return false;
      return true;
    })
    .sort((a, b) => a.id - b.id);
  const relations = withRelations(q);
  const page = paginate(rows, q.get("page"), q.get("itemsPerPage"));
  return json({ ...page, entries: page.entries.map((v) => renderVariation(v, relations)) });
}

export const itemRoutes: Route[] = [{ method: "GET", pattern: "/rest/items/variations", handler: searchVariations }];
