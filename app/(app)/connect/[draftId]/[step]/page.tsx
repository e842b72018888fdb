import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { ActivateForm } from "@/components/wizard/activate-form";
import { ConnectorChoice } from "@/components/wizard/connector-choice";
import { CredentialsStepForm } from "@/components/wizard/credentials-step-form";
import { MappingsForm } from "@/components/wizard/mappings-form";
import { OrderPreview } from "@/components/wizard/order-preview";
import { SettingsForm } from "@/components/wizard/settings-form";
import { Stepper } from "@/components/wizard/stepper";
import { Alert } from "@/components/ui/alert";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { saveMappingsAction } from "@/lib/actions/wizard-actions";
import { requireRole } from "@/lib/session/current";
import { loadWizard } from "@/lib/wizard/load";
import { SIDE_WORDS, type Side } from "@/lib/wizard/sides";
import { canOpen, furthestStep, isWizardStep, nextStep, STEP_LABELS, WIZARD_STEPS, type WizardStep } from "@/lib/wizard/steps";
import { chooseView, credentialsView, mappingsView, previewView, settingsView } from "@/lib/wizard/step-view";

type Params = { draftId: string; step: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { step } = await params;
  return { title: isWizardStep(step) ? `Connect: ${STEP_LABELS[step]}` : "Connect" };
}

const STEP_INTRO: Record<WizardStep, string> = {
  source: "Where are your orders born? Choose your shop or ERP.",
  "source-credentials": "Lagerbro logs in as an API user of your shop. The password is stored encrypted and never shown again.",
  warehouse: "Who picks, packs and ships? Choose your 3PL's warehouse system.",
  "warehouse-credentials": "The access your 3PL gave you. Secrets are stored encrypted and never shown again.",
  mappings: "How your shop's statuses, shipping methods and article numbers match the warehouse's.",
  settings: "How often Lagerbro checks both sides, and who tells your customer the parcel is on its way.",
  preview: "Your newest waiting order, as the warehouse will receive it. Nothing is sent until you activate.",
};

export default async function WizardStepPage({ params }: { params: Promise<Params> }) {
  const { draftId, step } = await params;
  if (!isWizardStep(step)) notFound();
  const { tenant } = await requireRole("admin");
  const state = await loadWizard(tenant.id, draftId);
  if (!state) notFound();
  if (state.draft.linkId) redirect(`/links/${state.draft.linkId}`);
  const furthest = furthestStep(state.progress);
  if (!canOpen(step, state.progress)) redirect(`/connect/${draftId}/${furthest}`);

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div className="grid gap-3">
        <p className="text-sm text-muted-foreground">
          <Link href="/connect" className="underline-offset-4 hover:underline">
            Connect
          </Link>{" "}
          › new link
        </p>
        <Stepper draftId={draftId} current={step} furthest={furthest} />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>
            <span className="sr-only">Step {WIZARD_STEPS.indexOf(step) + 1}: </span>
            <span className="text-xl">{STEP_LABELS[step]}</span>
          </CardTitle>
          <CardDescription>{STEP_INTRO[step]}</CardDescription>
        </CardHeader>
        <CardContent>
          <Suspense fallback={<PageSkeleton label={step === "preview" ? "Reading your newest order" : "Loading"} rows={4} withHeading={false} />}>
            <StepBody tenantId={tenant.id} step={step} state={state} />
          </Suspense>
        </CardContent>
      </Card>
    </div>
  );
}

async function StepBody({ tenantId, step, state }: { tenantId: string; step: WizardStep; state: NonNullable<Awaited<ReturnType<typeof loadWizard>>> }) {
  const draftId = state.draft.id;
  if (step === "source" || step === "warehouse") {
    const side: Side = step;
    const view = chooseView(state, side);
    return <ConnectorChoice draftId={draftId} side={side} legend={`Your ${SIDE_WORDS[side].noun}: ${SIDE_WORDS[side].examples}`} options={view.options} chosen={view.chosen} />;
  }
  if (step === "source-credentials" || step === "warehouse-credentials") {
    const side: Side = step === "source-credentials" ? "source" : "warehouse";
    const view = credentialsView(state, side);
    if (!view) redirect(`/connect/${draftId}/${side}`);
    return (
      <CredentialsStepForm
        draftId={draftId}
        side={side}
        partner={view.partner}
        fields={view.fields}
        stored={view.stored}
        testedAs={view.connection?.status === "ok" ? String((view.connection.discovered?.account as { name?: string } | undefined)?.name ?? view.partner) : undefined}
        lastError={view.connection?.lastError}
        nextHref={`/connect/${draftId}/${nextStep(step)}`}
      />
    );
  }
  if (step === "mappings") {
    const view = mappingsView(state);
    const notices = [
      view.suggested ? `Suggested from what ${view.sourceName} and ${view.warehouseName} told us. Check each choice, then save.` : "",
      view.missingStatuses.length ? `Your ${view.sourceName} lacks status ${view.missingStatuses.join(", ")}: create ${view.missingStatuses.length === 1 ? "it" : "them"} there, or choose another.` : "",
    ].filter(Boolean);
    return (
      <MappingsForm
        action={saveMappingsAction}
        hidden={{ draftId }}
        mappings={view.mappings}
        statuses={view.statuses}
        sourceMethods={view.sourceMethods}
        warehouseProfiles={view.warehouseProfiles}
        sourceName={view.sourceName}
        warehouseName={view.warehouseName}
        skuText={view.skuText}
        skuCsv={view.skuCsv}
        submitLabel="Save and continue"
        notice={notices.join(" ") || undefined}
        showStatuses={view.showStatuses}
        shippingTitle={view.shippingTitle}
        shippingHelp={view.shippingHelp}
      />
    );
  }
  if (step === "settings") {
    return <SettingsForm draftId={draftId} {...settingsView(state)} />;
  }
  const view = await previewView(tenantId, state);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <OrderPreview preview={view.preview} shippingLabel={view.shippingLabel} sourceShippingLabel={view.sourceShippingLabel} warehouseName={view.warehouseName} mappingsHref={`/connect/${draftId}/mappings`} />
      <Alert>
        Activating starts <strong>{view.name}</strong>: every {view.scheduleMinutes === 1 ? "minute" : `${view.scheduleMinutes} minutes`} Lagerbro takes ready orders from {view.sourceName} to {view.warehouseName} and writes tracking numbers back.{" "}
        {view.customerEmailBy === "shop" ? `${view.sourceName} e-mails your customers.` : `${view.warehouseName} e-mails your customers.`}
        {view.flow.triggers ? ` Orders are handed over ${view.flow.trigger === "shipment_created" ? "shipment by shipment, as each is created" : "as soon as each is created"}.` : ""}
        {view.flow.notSynced ? ` ${view.flow.notSynced}` : ""}
      </Alert>
      <ActivateForm draftId={draftId} />
    </div>
  );
}
