import type { LinkDraft, LinkMappings, LinkSettings } from "@/db/schema";
import { requireOpenDraft, updateDraft } from "./drafts";

export async function saveMappings(tenantId: string, draftId: string, mappings: LinkMappings): Promise<LinkDraft> {
  await requireOpenDraft(tenantId, draftId);
  return updateDraft(tenantId, draftId, { step: "settings", data: { mappings } });
}

export async function saveSettings(tenantId: string, draftId: string, input: { name: string; settings: Pick<LinkSettings, "scheduleMinutes" | "customerEmailBy"> }): Promise<LinkDraft> {
  await requireOpenDraft(tenantId, draftId);
  return updateDraft(tenantId, draftId, { step: "preview", data: { name: input.name, settings: input.settings } });
}
