import { eq } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { linkDrafts, type Link } from "@/db/schema";
import { UserError } from "@/lib/errors/user-error";
import { enqueue } from "@/lib/outbox/enqueue";
import { createLink } from "@/lib/pipeline/links";
import { announceInitialSync } from "@/lib/products/announce";
import { LINK_WEBHOOKS_REGISTER } from "@/lib/webhooks/events";
import { loadWizard } from "./load";

/**
 * A new active link starts at once instead of waiting for its schedule: an intake and a status
 * poll, through the outbox like every other pipeline event.
 */
export async function announceNewLink(tx: Tx, tenantId: string, linkId: string): Promise<void> {
  await enqueue(tx, tenantId, { name: "link.intake.requested", data: { tenantId, linkId }, key: `link.activated:${linkId}:intake` });
  await enqueue(tx, tenantId, { name: "link.status-poll.requested", data: { tenantId, linkId }, key: `link.activated:${linkId}:status-poll` });
  // Webhooks where the partner's API allows them (lib/webhooks/register.ts); polling stays the backstop.
  await enqueue(tx, tenantId, { name: LINK_WEBHOOKS_REGISTER, data: { tenantId, linkId }, key: `link.activated:${linkId}:webhooks` });
  // The whole catalogue to the warehouse and its stock to the shop, once (lib/products).
  await announceInitialSync(tx, tenantId, linkId);
}

/** The wizard's last step: the draft becomes an active link and the pipeline hears of it. */
export async function activateDraft(tenantId: string, draftId: string, actorUserId?: string): Promise<Link> {
  const state = await loadWizard(tenantId, draftId);
  if (!state) throw new UserError("This setup no longer exists.");
  const { draft, progress } = state;
  if (draft.completedAt) throw new UserError("This setup is active already.");
  if (!progress.sourceTested || !progress.warehouseTested) throw new UserError("Both connections must pass their test before the link can start.");
  if (!draft.data.mappings || !draft.data.settings || !draft.sourceConnectionId || !draft.warehouseConnectionId) {
    throw new UserError("Save the mappings and the sync settings first.");
  }
  const link = await createLink(tenantId, {
    name: draft.data.name ?? "Shop → warehouse",
    sourceConnectionId: draft.sourceConnectionId,
    warehouseConnectionId: draft.warehouseConnectionId,
    mappings: draft.data.mappings,
    settings: draft.data.settings,
  }, actorUserId);
  // The link is active either way; if this second transaction failed, its schedule still starts it.
  await withTenant(tenantId, async (tx) => {
    await announceNewLink(tx, tenantId, link.id);
    await tx.update(linkDrafts).set({ linkId: link.id, completedAt: new Date(), updatedAt: new Date() }).where(eq(linkDrafts.id, draftId));
  });
  return link;
}
