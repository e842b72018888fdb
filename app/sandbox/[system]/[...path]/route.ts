import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { isSandboxSystem, sandboxSimulators } from "@/lib/sandbox/registry";

/**
 * The partner simulators, mounted when SANDBOX_ENABLED=true, so a new user can connect sandbox
 * plentymarkets to sandbox wemalo or Ongoing without any account. Each speaks its partner's contract.
 */
async function handle(request: Request, { params }: { params: Promise<{ system: string }> }): Promise<Response> {
  const { system } = await params;
  if (!env().SANDBOX_ENABLED || !isSandboxSystem(system)) notFound();
  return sandboxSimulators()[system].handle(request);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
