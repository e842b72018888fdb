import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { MemberRole } from "@/db/schema";
import { UserError } from "@/lib/errors/user-error";
import { getTenantContext, type TenantContext } from "@/lib/session/current";
import { hasRole } from "@/lib/tenancy/roles";
import type { ActionState } from "./action-state";

const SECRET_FIELDS = /password|token|secret/i;

/** The fields of a form that may be echoed back to it. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** Turns a UserError into the form's error state; anything else is logged and shown as a generic failure. */
export async function runAction(formData: FormData, fn: () => Promise<ActionState>): Promise<ActionState> {
  try {
    return await fn();
  } catch (error) {
    unstable_rethrow(error);
    const values = echoValues(formData);
    if (error instanceof UserError) {
      return error.field
        ? { status: "error", fieldErrors: { [error.field]: error.message }, values }
        : { status: "error", message: error.message, values };
    }
    console.error("[lagerbro] action failed", error instanceof Error ? error.name : "unknown");
    return { status: "error", message: "Something went wrong on our side. Please try again.", values };
  }
}

/**
 * The one gate for a tenant's server actions: resolves the session and the current tenant and
 * checks the role here, not only in the page that shows the form.
 */
export async function runTenantAction(
  formData: FormData,
  minRole: MemberRole,
  fn: (context: TenantContext) => Promise<ActionState>,
): Promise<ActionState> {
  return runAction(formData, async () => {
    const context = await getTenantContext();
    if (!hasRole(context.role, minRole)) {
      return { status: "error", message: `You need the ${minRole} role in ${context.tenant.name} to do this.` };
    }
    return fn(context);
  });
}
