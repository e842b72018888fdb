"use server";

import { revalidatePath } from "next/cache";
import { UserError } from "@/lib/errors/user-error";
import { createProductsAndRetry, describeCreateAndRetry } from "@/lib/exceptions-inbox/create-and-retry";
import { findLink } from "@/lib/links/manage";
import { parseProductSettingsForm, updateProductSettings } from "@/lib/links/product-settings";
import { getLink } from "@/lib/pipeline/links";
import { requestProductSync, requestStockSync, syncSettingsOf } from "@/lib/products";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { runTenantAction } from "./run-action";

/** The link named by the form, when it is the current team's. */
async function linkIdOf(tenantId: string, formData: FormData): Promise<string> {
  const link = await findLink(tenantId, text(formData, "linkId"));
  if (!link) throw new UserError("That link does not exist in this team.");
  return link.id;
}

function refreshLink(linkId: string) {
  revalidatePath(`/links/${linkId}`);
  revalidatePath(`/links/${linkId}/products`);
}

export async function updateProductSettingsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const linkId = await linkIdOf(tenant.id, formData);
    const settings = parseProductSettingsForm((k) => (formData.has(k) ? text(formData, k) : null));
    await updateProductSettings(tenant.id, linkId, settings, user.id);
    refreshLink(linkId);
    const buffer = settings.stockBuffer > 0 ? ` The shop is shown ${settings.stockBuffer} fewer than the warehouse holds.` : "";
    return { status: "success", message: `Products and stock settings saved.${settings.stockSync ? buffer : " Stock is not written to the shop."}` };
  });
}

export async function syncProductsNowAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant, user }) => {
    const linkId = await linkIdOf(tenant.id, formData);
    const link = await getLink(tenant.id, linkId);
    if (!syncSettingsOf(link.settings).productSync) throw new UserError("Product sync is switched off for this link. An owner or admin can switch it on under “Products and stock settings”.");
    await requestProductSync(tenant.id, linkId, user.id);
    refreshLink(linkId);
    return { status: "success", message: "Product sync requested: new and changed products go to the warehouse in a moment. Reload the page to see their state." };
  });
}

export async function syncStockNowAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant, user }) => {
    const linkId = await linkIdOf(tenant.id, formData);
    const link = await getLink(tenant.id, linkId);
    if (!syncSettingsOf(link.settings).stockSync) throw new UserError("Stock sync is switched off for this link. An owner or admin can switch it on under “Products and stock settings”.");
    await requestStockSync(tenant.id, linkId, user.id);
    refreshLink(linkId);
    return { status: "success", message: "Stock sync requested: the warehouse's figures are written to the shop in a moment. Reload the page to see them." };
  });
}

/**
 * The problems inbox's "Create product and retry": the clicked problem (`createFor`) or, from the
 * bulk button, the chosen ones (`exceptionId`). Only open unknown-SKU problems of this team count.
 */
export async function createProductAndRetryAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant, user }) => {
    const one = text(formData, "createFor");
    const ids = one ? [one] : formData.getAll("exceptionId").filter((v): v is string => typeof v === "string");
    if (ids.length === 0) throw new UserError("Choose at least one unknown-SKU problem.");
    const outcome = await createProductsAndRetry(tenant.id, ids, user.id);
    revalidatePath("/exceptions");
    revalidatePath("/orders");
    revalidatePath("/");
    const { ok, message } = describeCreateAndRetry(outcome);
    return { status: ok ? "success" : "error", message };
  });
}
