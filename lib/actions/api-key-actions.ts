"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { UserError } from "@/lib/errors/user-error";
import { createApiKey, revokeApiKey } from "@/lib/pull-api/keys";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { runTenantAction } from "./run-action";

const PAGE = "/settings/api";

/** Creates a Pull API key; the key is in the answer once and never again. */
export async function createApiKeyAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const { key, prefix } = await createApiKey(tenant.id, { name: text(formData, "name"), createdBy: user.id });
    revalidatePath(PAGE);
    return { status: "success", message: `Key ${prefix}… created. Copy it now: it is shown only this once.`, data: { key } };
  });
}

export async function revokeApiKeyAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const id = z.uuid().safeParse(text(formData, "keyId"));
    if (!id.success) throw new UserError("That key no longer exists.");
    await revokeApiKey(tenant.id, id.data, user.id);
    revalidatePath(PAGE);
    return { status: "success", message: "Key revoked. Calls with it are refused from now on." };
  });
}
