"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { pauseLink, resumeLink } from "@/lib/controls/link-controls";
import { deleteLink, findLink } from "@/lib/links/manage";
import { updateLinkMappings } from "@/lib/pipeline/links";
import { UserError } from "@/lib/errors/user-error";
import { parseMappingsForm } from "@/lib/wizard/mappings-input";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { runTenantAction } from "./run-action";

async function linkIdOf(tenantId: string, formData: FormData): Promise<string> {
  const link = await findLink(tenantId, text(formData, "linkId"));
  if (!link) throw new UserError("That link does not exist.");
  return link.id;
}

export async function pauseLinkAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const linkId = await linkIdOf(tenant.id, formData);
    await pauseLink(tenant.id, linkId, user.id);
    revalidatePath(`/links/${linkId}`);
    return { status: "success", message: "Paused: no new orders are taken in or sent until you resume." };
  });
}

export async function resumeLinkAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const linkId = await linkIdOf(tenant.id, formData);
    await resumeLink(tenant.id, linkId, user.id);
    revalidatePath(`/links/${linkId}`);
    return { status: "success", message: "Resumed: waiting orders are taken in now." };
  });
}

export async function updateLinkMappingsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const linkId = await linkIdOf(tenant.id, formData);
    const file = formData.get("skuFile");
    const skuFile = file instanceof File && file.size > 0 ? await file.text() : undefined;
    const mappings = parseMappingsForm({ get: (k) => (formData.has(k) ? text(formData, k) : null), keys: () => [...formData.keys()], skuFile });
    await updateLinkMappings(tenant.id, linkId, mappings, user.id);
    revalidatePath(`/links/${linkId}`);
    return { status: "success", message: "Mappings saved. Orders from now on use them; retry an order in exception to send it with them." };
  });
}

export async function deleteLinkAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    await deleteLink(tenant.id, await linkIdOf(tenant.id, formData), user.id);
    revalidatePath("/", "layout");
    redirect("/links?deleted=1");
  });
}
