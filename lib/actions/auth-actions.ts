"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { requestPasswordReset, resetPassword } from "@/lib/account/password-reset";
import { signIn, signOut } from "@/lib/auth";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { rememberTenant } from "@/lib/session/current";
import { signUp } from "@/lib/tenancy/sign-up";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { echoValues, runAction } from "./run-action";

async function signInOrExplain(email: string, password: string, redirectTo: string, formData: FormData): Promise<ActionState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { status: "success" };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return {
        status: "error",
        message: `Too many failed sign-ins. Wait ${SIGN_IN_LIMITS.windowMinutes} minutes or reset your password.`,
        values: echoValues(formData),
      };
    }
    if (error instanceof AuthError) return { status: "error", message: "E-mail or password is not correct.", values: echoValues(formData) };
    throw error;
  }
}

export async function signInAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const email = text(formData, "email");
    const password = text(formData, "password");
    if (!email || !password) return { status: "error", message: "Enter your e-mail and password.", values: echoValues(formData) };
    const next = text(formData, "next");
    return signInOrExplain(email, password, next.startsWith("/") && !next.startsWith("//") ? next : "/", formData);
  });
}

export async function signUpAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const password = text(formData, "password");
    const inviteToken = text(formData, "inviteToken") || undefined;
    const created = await signUp({ name: text(formData, "name"), email: text(formData, "email"), password, company: text(formData, "company"), inviteToken });
    await rememberTenant(created.tenantId);
    return signInOrExplain(created.email, password, "/", formData);
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export async function forgotPasswordAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    await requestPasswordReset(text(formData, "email"));
    return { status: "success", message: "If an account exists for that address, we have sent it a link to choose a new password." };
  });
}

export async function resetPasswordAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const password = text(formData, "password");
    if (password !== text(formData, "confirm")) return { status: "error", fieldErrors: { confirm: "The two passwords differ." } };
    await resetPassword(text(formData, "token"), password);
    redirect("/sign-in?reset=1");
  });
}
