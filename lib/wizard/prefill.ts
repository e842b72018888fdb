import type { LinkMappings } from "@/db/schema";
import type { AnyConnector, Discovered, DiscoveredOption } from "@/lib/connectors";
import { sourceSettingOverrides } from "@/lib/pipeline/open-link";
import { matchShippingProfiles } from "./shipping-match";

/** The status fields of a link's mappings that take a single source status. */
export const STATUS_MAPPING_KEYS = [
  "readyStatus",
  "handoverStatus",
  "shippedStatus",
  "partiallyShippedStatus",
  "addressErrorStatus",
  "stockErrorStatus",
  "otherErrorStatus",
  "cancelHandledStatus",
  "cancelTooLateStatus",
  "returnStatus",
  "returnHandledStatus",
] as const;
export type StatusMappingKey = (typeof STATUS_MAPPING_KEYS)[number];

/**
 * Which setting of the source connection each link status stands in for, read from the
 * pipeline's own translation (so the two never disagree).
 */
function settingKeyOf(): Map<string, StatusMappingKey | "cancelStatuses"> {
  const probe = Object.fromEntries(STATUS_MAPPING_KEYS.map((k) => [k, k])) as Partial<LinkMappings>;
  const overrides = sourceSettingOverrides({ ...probe, cancelStatuses: ["cancelStatuses"], shippingMethods: {}, skuPolicy: "same", skuMap: {} });
  const result = new Map<string, StatusMappingKey | "cancelStatuses">();
  for (const [settingKey, value] of Object.entries(overrides)) result.set(settingKey, (Array.isArray(value) ? value[0] : value) as StatusMappingKey);
  return result;
}

/** The source connector's own defaults (plentymarkets: 5, 5.1, 6.2 …), if it has settings. */
function connectorDefaults(connector: AnyConnector): Record<string, unknown> {
  const parsed = connector.settingsSchema?.safeParse({});
  return parsed?.success ? (parsed.data as Record<string, unknown>) : {};
}

export interface PrefillInput {
  sourceConnector: AnyConnector;
  sourceDiscovered: Discovered | null;
  warehouseDiscovered: Discovered | null;
}

/**
 * The mappings the wizard shows first, from what the two connection tests discovered: each
 * status from the source's own flow (seed 004: 5 → 5.1, 6.2, 6.3, 7, 8 → 8.8, 9), shipping
 * methods matched to warehouse profiles by name, and the same SKU on both sides.
 */
export function suggestMappings({ sourceConnector, sourceDiscovered, warehouseDiscovered }: PrefillInput): LinkMappings {
  const defaults = connectorDefaults(sourceConnector);
  const mappings: LinkMappings = { shippingMethods: {}, skuPolicy: "same", skuMap: {} };
  for (const [settingKey, mappingKey] of settingKeyOf()) {
    const value = defaults[settingKey];
    if (mappingKey === "cancelStatuses") {
      if (Array.isArray(value) && value.length) mappings.cancelStatuses = value.map(String);
    } else if (typeof value === "string" && value) {
      mappings[mappingKey] = value;
    }
  }
  mappings.shippingMethods = matchShippingProfiles(sourceDiscovered?.shippingProfiles ?? [], warehouseDiscovered?.shippingProfiles ?? []);
  return mappings;
}

/** Statuses the mappings name that the source system does not have (to create there first). */
export function unknownStatuses(mappings: Partial<LinkMappings>, statuses: DiscoveredOption[] | undefined): string[] {
  if (!statuses?.length) return [];
  const known = new Set(statuses.map((s) => s.id));
  const named = [...STATUS_MAPPING_KEYS.map((k) => mappings[k]), ...(mappings.cancelStatuses ?? [])];
  return [...new Set(named.filter((v): v is string => Boolean(v) && !known.has(v!)))];
}
