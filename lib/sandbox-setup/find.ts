import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { links } from "@/db/schema";
import { listConnections } from "@/lib/connections/store";

const SPACE_IN_URL = /\/sandbox\/t\/([a-z0-9]{8,40})\/plentymarkets\/?$/;

export interface TenantSandbox {
  space: string;
  sourceConnectionId: string;
  linkId: string | null;
}

/** The space key of a sandbox plentymarkets URL, or null for any other address. */
export function sandboxSpaceOfUrl(url: unknown): string | null {
  if (typeof url !== "string") return null;
  try {
    return SPACE_IN_URL.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The tenant's "Try it with the sandbox" setup, found by its sandbox shop connection. */
export async function findTenantSandbox(tenantId: string): Promise<TenantSandbox | null> {
  const connections = await listConnections(tenantId);
  for (const connection of connections) {
    const space = connection.connectorId === "plentymarkets" ? sandboxSpaceOfUrl(connection.credentials.url) : null;
    if (!space) continue;
    const [link] = await withTenant(tenantId, (tx) => tx.select({ id: links.id }).from(links).where(eq(links.sourceConnectionId, connection.id)).limit(1));
    return { space, sourceConnectionId: connection.id, linkId: link?.id ?? null };
  }
  return null;
}
