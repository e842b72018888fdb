import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/session/current";
import { loadWizard } from "@/lib/wizard/load";
import { canOpen, furthestStep, isWizardStep } from "@/lib/wizard/steps";

/** Resuming a setup: open the step it was saved at (or the furthest it may reach). */
export default async function ResumeDraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const { tenant } = await requireRole("admin");
  const state = await loadWizard(tenant.id, draftId);
  if (!state) notFound();
  if (state.draft.linkId) redirect(`/links/${state.draft.linkId}`);
  const saved = state.draft.step;
  redirect(`/connect/${draftId}/${isWizardStep(saved) && canOpen(saved, state.progress) ? saved : furthestStep(state.progress)}`);
}
