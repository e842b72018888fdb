"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { credentialInput } from "@/lib/connections/form-input";
import { describeCredentials, getConnector } from "@/lib/connectors";
import { UserError } from "@/lib/errors/user-error";
import { activateDraft } from "@/lib/wizard/activate";
import { chooseConnector, saveAndTestConnection } from "@/lib/wizard/connection-step";
import { createDraft, discardDraft, requireOpenDraft } from "@/lib/wizard/drafts";
import { parseMappingsForm, parseSettingsForm } from "@/lib/wizard/mappings-input";
import { saveMappings, saveSettings } from "@/lib/wizard/save-steps";
import { connectorIdOf, type Side } from "@/lib/wizard/sides";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { echoValues, runTenantAction } from "./run-action";

function sideOf(formData: FormData): Side {
  const side = text(formData, "side");
  if (side !== "source" && side !== "warehouse") throw new UserError("Unknown step.");
  return side;
}

const stepUrl = (draftId: string, step: string) => `/connect/${draftId}/${step}`;

export async function startWizardAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const draft = await createDraft(tenant.id, user.id);
    redirect(stepUrl(draft.id, "source"));
  });
}

export async function chooseConnectorAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant }) => {
    const side = sideOf(formData);
    const draftId = text(formData, "draftId");
    await chooseConnector(tenant.id, draftId, side, text(formData, "connectorId"));
    redirect(stepUrl(draftId, `${side}-credentials`));
  });
}

export async function testCredentialsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }): Promise<ActionState> => {
    const side = sideOf(formData);
    const draftId = text(formData, "draftId");
    const draft = await requireOpenDraft(tenant.id, draftId);
    const connectorId = connectorIdOf(draft, side);
    if (!connectorId) throw new UserError("Choose the system first.");
    const fields = describeCredentials(getConnector(connectorId).credentialSchema);
    const outcome = await saveAndTestConnection(tenant.id, draftId, side, credentialInput(fields, (k) => (formData.has(k) ? text(formData, k) : null)), user.id);
    revalidatePath(`/connect/${draftId}`, "layout");
    if (!outcome.ok) {
      const { title, detail, field } = outcome.explanation;
      return { status: "error", message: title, ...(field ? { fieldErrors: { [field]: title } } : {}), data: { detail }, values: echoValues(formData) };
    }
    return { status: "success", message: `Connected as ${outcome.account.name}.`, data: { account: outcome.account.name } };
  });
}

export async function saveMappingsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant }) => {
    const draftId = text(formData, "draftId");
    const file = formData.get("skuFile");
    const skuFile = file instanceof File && file.size > 0 ? await file.text() : undefined;
    const mappings = parseMappingsForm({ get: (k) => (formData.has(k) ? text(formData, k) : null), keys: () => [...formData.keys()], skuFile });
    await saveMappings(tenant.id, draftId, mappings);
    redirect(stepUrl(draftId, "settings"));
  });
}

export async function saveSettingsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant }) => {
    const draftId = text(formData, "draftId");
    await saveSettings(tenant.id, draftId, parseSettingsForm((k) => (formData.has(k) ? text(formData, k) : null)));
    redirect(stepUrl(draftId, "preview"));
  });
}

export async function activateAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const link = await activateDraft(tenant.id, text(formData, "draftId"), user.id);
    revalidatePath("/", "layout");
    redirect(`/links/${link.id}?activated=1`);
  });
}

export async function discardDraftAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant }) => {
    await discardDraft(tenant.id, text(formData, "draftId"));
    revalidatePath("/connect");
    return { status: "success", message: "Setup discarded." };
  });
}
