import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { isSandboxSpaceKey, isSandboxSystem, sandboxSpace } from "@/lib/sandbox/registry";

/** A tenant's own sandbox space (see sandboxSpace): the same simulators, kept apart per space. */
async function handle(request: Request, { params }: { params: Promise<{ space: string; system: string }> }): Promise<Response> {
  const { space, system } = await params;
  if (!env().SANDBOX_ENABLED || !isSandboxSpaceKey(space) || !isSandboxSystem(system)) notFound();
  return sandboxSpace(space)[system].handle(request);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
