import { and, desc, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db";
import { linkDrafts, type LinkDraft, type LinkDraftData } from "@/db/schema";
import { UserError } from "@/lib/errors/user-error";
import type { WizardStep } from "./steps";

export interface DraftPatch {
  step?: WizardStep;
  data?: Partial<LinkDraftData>;
  sourceConnectionId?: string | null;
  warehouseConnectionId?: string | null;
}

export async function createDraft(tenantId: string, userId?: string): Promise<LinkDraft> {
  const [row] = await withTenant(tenantId, (tx) => tx.insert(linkDrafts).values({ tenantId, createdBy: userId ?? null, step: "source" }).returning(), userId);
  return row!;
}

export async function getDraft(tenantId: string, draftId: string): Promise<LinkDraft | null> {
  if (!/^[0-9a-f-]{36}$/i.test(draftId)) return null;
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(linkDrafts).where(eq(linkDrafts.id, draftId)));
  return row ?? null;
}

/** A draft that is still being filled in; a finished one cannot be changed. */
export async function requireOpenDraft(tenantId: string, draftId: string): Promise<LinkDraft> {
  const draft = await getDraft(tenantId, draftId);
  if (!draft) throw new UserError("This setup no longer exists. Start again from Connect.");
  if (draft.completedAt) throw new UserError("This setup is finished already; change the link on its own page.");
  return draft;
}

/** Setups in progress, the most recently touched first, to resume. */
export async function listOpenDrafts(tenantId: string): Promise<LinkDraft[]> {
  return withTenant(tenantId, (tx) => tx.select().from(linkDrafts).where(isNull(linkDrafts.completedAt)).orderBy(desc(linkDrafts.updatedAt)).limit(20));
}

/** Saves one step's part; `data` is merged into what the draft already holds. */
export async function updateDraft(tenantId: string, draftId: string, patch: DraftPatch): Promise<LinkDraft> {
  return withTenant(tenantId, async (tx) => {
    const [row] = await tx.select().from(linkDrafts).where(and(eq(linkDrafts.id, draftId), isNull(linkDrafts.completedAt))).for("update");
    if (!row) throw new UserError("This setup no longer exists or is finished already.");
    const [updated] = await tx
      .update(linkDrafts)
      .set({
        ...(patch.step ? { step: patch.step } : {}),
        ...(patch.data ? { data: { ...row.data, ...patch.data } } : {}),
        ...(patch.sourceConnectionId !== undefined ? { sourceConnectionId: patch.sourceConnectionId } : {}),
        ...(patch.warehouseConnectionId !== undefined ? { warehouseConnectionId: patch.warehouseConnectionId } : {}),
        updatedAt: new Date(),
      })
      .where(eq(linkDrafts.id, draftId))
      .returning();
    return updated!;
  });
}

export async function discardDraft(tenantId: string, draftId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/i.test(draftId)) throw new UserError("That setup no longer exists.");
  const deleted = await withTenant(tenantId, (tx) =>
    tx.delete(linkDrafts).where(and(eq(linkDrafts.id, draftId), isNull(linkDrafts.completedAt))).returning({ id: linkDrafts.id }),
  );
  if (deleted.length === 0) throw new UserError("That setup no longer exists or is active already.");
}
