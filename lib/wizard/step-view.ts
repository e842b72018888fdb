import type { LinkMappings } from "@/db/schema";
import type { ConnectionView } from "@/lib/connections/store";
import { describeCredentials, findConnector, listConnectors, type CredentialFieldDescriptor, type DiscoveredOption } from "@/lib/connectors";
import { flowView, type FlowView } from "./flow-view";
import { discoveredOf, mappingsToShow, type WizardState } from "./load";
import { unknownStatuses } from "./prefill";
import { previewNewestOrder, type OrderPreview } from "./preview";
import { connectionIdOf, connectorIdOf, type Side } from "./sides";
import { formatSkuCsv } from "./sku-csv";
import { skuMapToText } from "./mappings-input";

export function chooseView(state: WizardState, side: Side) {
  return { options: listConnectors(side).map((c) => ({ id: c.id, label: c.label })), chosen: connectorIdOf(state.draft, side) };
}

export interface CredentialsView {
  partner: string;
  fields: CredentialFieldDescriptor[];
  connection: ConnectionView | null;
  /** What the form shows as saved; until a test passed, secrets are asked for again, not shown as "set". */
  stored: Record<string, unknown> | undefined;
}

export function credentialsView(state: WizardState, side: Side): CredentialsView | null {
  const connector = findConnector(connectorIdOf(state.draft, side) ?? "");
  if (!connector) return null;
  const connection = side === "source" ? state.source : state.warehouse;
  // A connection of another system (the merchant changed their choice) is not shown.
  const own = connection && connection.id === connectionIdOf(state.draft, side) && connection.connectorId === connector.id ? connection : null;
  const fields = describeCredentials(connector.credentialSchema);
  const stored = own && own.status !== "ok" ? Object.fromEntries(Object.entries(own.credentials).filter(([k]) => !fields.find((f) => f.key === k)?.secret)) : own?.credentials;
  return { partner: connector.label, fields, connection: own, stored };
}

export interface MappingsView {
  mappings: LinkMappings;
  suggested: boolean;
  statuses: DiscoveredOption[];
  sourceMethods: DiscoveredOption[];
  warehouseProfiles: DiscoveredOption[];
  sourceName: string;
  warehouseName: string;
  missingStatuses: string[];
  skuText: string;
  skuCsv: string;
  /** False where the source has no statuses to map (Rackbeat, Webshipper: booleans and tags). */
  showStatuses: boolean;
  shippingTitle?: string;
  shippingHelp?: string;
}

/** What the mapping form needs from two connections and their discoveries (wizard and link page). */
export function mappingsViewFor(mappings: LinkMappings, source: ConnectionView | null, warehouse: ConnectionView | null): Omit<MappingsView, "suggested"> {
  const sd = discoveredOf(source);
  const wd = discoveredOf(warehouse);
  const statuses = sd?.statuses ?? [];
  const flow = flowView(source?.connectorId, warehouse?.connectorId);
  return {
    showStatuses: statuses.length > 0 || !flow.direction,
    ...(flow.shippingTitle ? { shippingTitle: flow.shippingTitle } : {}),
    ...(flow.shippingHelp ? { shippingHelp: flow.shippingHelp } : {}),
    mappings,
    statuses,
    sourceMethods: sd?.shippingProfiles ?? [],
    warehouseProfiles: wd?.shippingProfiles ?? [],
    sourceName: findConnector(source?.connectorId ?? "")?.label ?? "your shop",
    warehouseName: findConnector(warehouse?.connectorId ?? "")?.label ?? "your warehouse",
    missingStatuses: unknownStatuses(mappings, statuses),
    skuText: skuMapToText(mappings.skuMap),
    skuCsv: formatSkuCsv(mappings.skuMap),
  };
}

export function mappingsView(state: WizardState): MappingsView {
  const { mappings, suggested } = mappingsToShow(state);
  return { ...mappingsViewFor(mappings, state.source, state.warehouse), suggested };
}

export function settingsView(state: WizardState) {
  const sourceName = findConnector(state.source?.connectorId ?? "")?.label ?? "your shop";
  const warehouseName = findConnector(state.warehouse?.connectorId ?? "")?.label ?? "your warehouse";
  const s = state.draft.data.settings;
  return {
    name: state.draft.data.name ?? `${sourceName} → ${warehouseName}`,
    scheduleMinutes: s?.scheduleMinutes ?? 5,
    customerEmailBy: s?.customerEmailBy ?? "shop",
    sourceName,
    warehouseName,
    flow: flowView(state.source?.connectorId ?? state.draft.data.sourceConnectorId, state.warehouse?.connectorId ?? state.draft.data.warehouseConnectorId, s),
  };
}

export interface PreviewView {
  preview: OrderPreview;
  shippingLabel?: string;
  /** The shop's name of the order's shipping method, where the order carries only its id. */
  sourceShippingLabel?: string;
  name: string;
  sourceName: string;
  warehouseName: string;
  scheduleMinutes: number;
  customerEmailBy: "shop" | "3pl";
  flow: FlowView;
}

export async function previewView(tenantId: string, state: WizardState): Promise<PreviewView> {
  const { mappings } = mappingsToShow(state);
  const settings = settingsView(state);
  const preview = state.draft.sourceConnectionId ? await previewNewestOrder(tenantId, state.draft.sourceConnectionId, mappings, state.draft.data.settings ?? {}) : ({ kind: "none" } as const);
  const code = preview.kind === "order" ? preview.shippingCode : undefined;
  const shippingLabel = code ? discoveredOf(state.warehouse)?.shippingProfiles?.find((p) => p.id === code)?.label : undefined;
  const method = preview.kind === "order" ? preview.order.shippingMethod : undefined;
  const sourceShippingLabel = method ? (method.label ?? discoveredOf(state.source)?.shippingProfiles?.find((p) => p.id === method.code)?.label) : undefined;
  return { preview, ...(shippingLabel ? { shippingLabel } : {}), ...(sourceShippingLabel ? { sourceShippingLabel } : {}), ...settings };
}
