import { withTenant } from "@/db";
import type { LinkDraft, LinkMappings, LinkSettings } from "@/db/schema";
import { connectorOfConnection, flowSettingsForNewLink } from "@/lib/pipeline/link-flow";
import { requireOpenDraft, updateDraft } from "./drafts";
import type { SettingsInput } from "./mappings-input";

export async function saveMappings(tenantId: string, draftId: string, mappings: LinkMappings): Promise<LinkDraft> {
  await requireOpenDraft(tenantId, draftId);
  return updateDraft(tenantId, draftId, { step: "settings", data: { mappings } });
}

/**
 * Direction and trigger checked as activation will check them, so a link the other way round
 * (Webshipper → Rackbeat beside Rackbeat → Webshipper) is refused here, not at the last step.
 */
async function withFlow(tenantId: string, draft: LinkDraft, settings: SettingsInput): Promise<Partial<LinkSettings>> {
  const { sourceConnectionId, warehouseConnectionId } = draft;
  if (!sourceConnectionId || !warehouseConnectionId) return settings;
  const flow = await withTenant(tenantId, async (tx) => {
    const [source, warehouse] = [await connectorOfConnection(tx, sourceConnectionId), await connectorOfConnection(tx, warehouseConnectionId)];
    return source && warehouse ? flowSettingsForNewLink(tx, { sourceConnectionId, warehouseConnectionId, settings }, source, warehouse) : {};
  });
  return { ...settings, ...flow };
}

export async function saveSettings(tenantId: string, draftId: string, input: { name: string; settings: SettingsInput }): Promise<LinkDraft> {
  const draft = await requireOpenDraft(tenantId, draftId);
  const settings = await withFlow(tenantId, draft, input.settings);
  return updateDraft(tenantId, draftId, { step: "preview", data: { name: input.name, settings } });
}
