import { eq } from "drizzle-orm";
import { withSystem } from "@/db";
import { links } from "@/db/schema";
import { syncSettingsOf } from "./settings";

export interface SyncLink {
  tenantId: string;
  linkId: string;
  warehouseConnectionId: string;
}

/** For the cron fan-outs: every active link of every tenant with product (or stock) sync on. */
export async function listSyncLinks(kind: "products" | "stock"): Promise<SyncLink[]> {
  const rows = await withSystem((tx) =>
    tx.select({ tenantId: links.tenantId, linkId: links.id, warehouseConnectionId: links.warehouseConnectionId, settings: links.settings }).from(links).where(eq(links.status, "active")),
  );
  return rows
    .filter((r) => (kind === "products" ? syncSettingsOf(r.settings).productSync : syncSettingsOf(r.settings).stockSync))
    .map(({ tenantId, linkId, warehouseConnectionId }) => ({ tenantId, linkId, warehouseConnectionId }));
}

/** One event per link for this slot; the id makes a repeated fan-out of the same slot a no-op. */
export function syncFanOutEvents<N extends string>(name: N, rows: SyncLink[], at: Date, slotMinutes: number) {
  const slot = new Date(Math.floor(at.getTime() / (slotMinutes * 60_000)) * slotMinutes * 60_000).toISOString();
  return rows.map((r) => ({ id: `${name}:${r.linkId}:${slot}`, name, data: { tenantId: r.tenantId, linkId: r.linkId, warehouseConnectionId: r.warehouseConnectionId } }));
}
