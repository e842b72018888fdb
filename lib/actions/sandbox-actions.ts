"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { UserError } from "@/lib/errors/user-error";
import { findTenantSandbox } from "@/lib/sandbox-setup/find";
import { moveSandboxOrders } from "@/lib/sandbox-setup/move-orders";
import { commandSandboxWarehouse, createSandboxOrders, type WarehouseCommand } from "@/lib/sandbox-setup/orders";
import { startSandbox } from "@/lib/sandbox-setup/setup";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { runTenantAction } from "./run-action";

const COMMANDS: readonly WarehouseCommand[] = ["ship", "advance", "address-error", "out-of-stock"];

async function sandboxOf(tenantId: string) {
  const sandbox = await findTenantSandbox(tenantId);
  if (!sandbox?.linkId) throw new UserError("Start the sandbox first.");
  return { space: sandbox.space, linkId: sandbox.linkId };
}

export async function startSandboxAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    await startSandbox(tenant.id, user.id);
    revalidatePath("/", "layout");
    redirect("/try");
  });
}

export async function createSandboxOrdersAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant }) => {
    const { space } = await sandboxOf(tenant.id);
    const ids = createSandboxOrders(space, 1);
    revalidatePath("/try");
    return { status: "success", message: `Order ${ids.join(", ")} placed in the sandbox shop, ready for shipping.` };
  });
}

export async function moveSandboxOrdersAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant }) => {
    const { linkId } = await sandboxOf(tenant.id);
    const result = await moveSandboxOrders(tenant.id, linkId);
    revalidatePath("/try");
    const message =
      result.via === "inline"
        ? `Done: ${result.handled} pipeline step${result.handled === 1 ? "" : "s"} ran (no background worker is running, so this page ran them).`
        : `Asked the ${result.via === "inngest" ? "Inngest" : "local"} worker to check both sides now. Reload in a few seconds.`;
    return { status: "success", message };
  });
}

export async function commandSandboxWarehouseAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant }) => {
    const { space } = await sandboxOf(tenant.id);
    const command = text(formData, "command") as WarehouseCommand;
    if (!COMMANDS.includes(command)) throw new UserError("Unknown warehouse action.");
    try {
      commandSandboxWarehouse(space, text(formData, "externalId"), command);
    } catch (error) {
      throw new UserError(`The sandbox warehouse refused: ${(error as Error).message}`);
    }
    revalidatePath("/try");
    const done = { ship: "shipped it with a tracking number", advance: "moved it one step on", "address-error": "reported an address problem", "out-of-stock": "reported missing stock" }[command];
    return { status: "success", message: `The sandbox warehouse ${done}. Press "Check both sides now" to bring the news to your shop.` };
  });
}
