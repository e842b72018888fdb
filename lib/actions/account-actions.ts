"use server";

import { revalidatePath } from "next/cache";
import { changePassword, updateProfile } from "@/lib/account/profile";
import { requireUser } from "@/lib/session/current";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { runAction } from "./run-action";

export async function updateProfileAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const user = await requireUser();
    await updateProfile(user.id, { name: text(formData, "name") });
    revalidatePath("/", "layout");
    return { status: "success", message: "Profile saved." };
  });
}

export async function changePasswordAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const user = await requireUser();
    const next = text(formData, "newPassword");
    if (next !== text(formData, "confirm")) return { status: "error", fieldErrors: { confirm: "The two new passwords differ." } };
    await changePassword(user.id, text(formData, "currentPassword"), next);
    return { status: "success", message: "Password changed." };
  });
}
