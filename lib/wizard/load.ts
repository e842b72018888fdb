import type { LinkDraft, LinkMappings } from "@/db/schema";
import { getConnection, type ConnectionView } from "@/lib/connections/store";
import { findConnector, type Discovered } from "@/lib/connectors";
import { getDraft } from "./drafts";
import { suggestMappings } from "./prefill";
import type { DraftProgress } from "./steps";

export interface WizardState {
  draft: LinkDraft;
  source: ConnectionView | null;
  warehouse: ConnectionView | null;
  progress: DraftProgress;
}

/** A draft with its two connections and how far it got. */
export async function loadWizard(tenantId: string, draftId: string): Promise<WizardState | null> {
  const draft = await getDraft(tenantId, draftId);
  if (!draft) return null;
  const [source, warehouse] = await Promise.all([
    draft.sourceConnectionId ? getConnection(tenantId, draft.sourceConnectionId) : null,
    draft.warehouseConnectionId ? getConnection(tenantId, draft.warehouseConnectionId) : null,
  ]);
  return {
    draft,
    source,
    warehouse,
    progress: {
      sourceConnectorId: draft.data.sourceConnectorId,
      sourceTested: source?.status === "ok",
      warehouseConnectorId: draft.data.warehouseConnectorId,
      warehouseTested: warehouse?.status === "ok",
      mappingsSaved: Boolean(draft.data.mappings),
      settingsSaved: Boolean(draft.data.settings),
    },
  };
}

export function discoveredOf(connection: ConnectionView | null): Discovered | null {
  return (connection?.discovered as Discovered | null | undefined) ?? null;
}

/** The mappings to show: the saved ones, or a suggestion from what the tests discovered. */
export function mappingsToShow(state: WizardState): { mappings: LinkMappings; suggested: boolean } {
  if (state.draft.data.mappings) return { mappings: { shippingMethods: {}, skuPolicy: "same", skuMap: {}, ...state.draft.data.mappings }, suggested: false };
  const connector = findConnector(state.source?.connectorId ?? "");
  if (!connector) return { mappings: { shippingMethods: {}, skuPolicy: "same", skuMap: {} }, suggested: false };
  return { mappings: suggestMappings({ sourceConnector: connector, sourceDiscovered: discoveredOf(state.source), warehouseDiscovered: discoveredOf(state.warehouse) }), suggested: true };
}
