import { z } from "zod";
import type { LinkSettings } from "@/db/schema";

/**
 * The link's product and stock settings, with their defaults. LinkSettings keeps them optional
 * because links stored before them lack them; everything that acts on them reads them here.
 */
export const syncSettingsSchema = z.object({
  unknownSkuPolicy: z.enum(["create_and_resend", "hold"], { message: "Choose what happens to an order with an article the warehouse does not know." }).default("hold"),
  stockBuffer: z.coerce
    .number({ message: "The stock buffer must be a whole number." })
    .int({ message: "The stock buffer must be a whole number." })
    .min(0, { message: "The stock buffer cannot be below 0." })
    .max(1_000_000, { message: "The stock buffer is too large." })
    .default(0),
  stockSync: z.boolean().default(true),
  productSync: z.boolean().default(true),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

/** The link's sync settings with defaults filled in; a stored value that no longer parses falls back to its default. */
export function syncSettingsOf(settings: LinkSettings | null | undefined): SyncSettings {
  const s = settings ?? {};
  const pick = <K extends keyof SyncSettings>(key: K): SyncSettings[K] => {
    const one = syncSettingsSchema.shape[key].safeParse((s as Record<string, unknown>)[key]);
    return (one.success ? one.data : syncSettingsSchema.shape[key].parse(undefined)) as SyncSettings[K];
  };
  return { unknownSkuPolicy: pick("unknownSkuPolicy"), stockBuffer: pick("stockBuffer"), stockSync: pick("stockSync"), productSync: pick("productSync") };
}

/** What the shop is shown for a warehouse figure: the buffer taken off, never below 0. */
export function shopQuantity(warehouseQty: number, buffer: number): number {
  return Math.max(0, Math.trunc(warehouseQty) - Math.max(0, Math.trunc(buffer)));
}
