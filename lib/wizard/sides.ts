import type { LinkDraft } from "@/db/schema";

export type Side = "source" | "warehouse";

export const SIDE_WORDS: Record<Side, { noun: string; examples: string }> = {
  source: { noun: "shop", examples: "the shop or ERP where your orders are born" },
  warehouse: { noun: "warehouse", examples: "your 3PL's warehouse system that picks, packs and ships" },
};

export function connectorIdOf(draft: LinkDraft, side: Side): string | undefined {
  return side === "source" ? draft.data.sourceConnectorId : draft.data.warehouseConnectorId;
}

export function connectionIdOf(draft: LinkDraft, side: Side): string | null {
  return side === "source" ? draft.sourceConnectionId : draft.warehouseConnectionId;
}
