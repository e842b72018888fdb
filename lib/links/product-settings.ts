import { eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db";
import { links, type LinkSettings } from "@/db/schema";
import { changedKeys, recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/errors/user-error";
import { syncSettingsOf, type SyncSettings } from "@/lib/products/settings";

/** What a link does with products and stock: the part of LinkSettings the link page's "Products and stock" form edits. */
export type ProductSettings = SyncSettings;

export const UNKNOWN_SKU_POLICIES = ["create_and_resend", "hold"] as const;
/** More than any shop shows; a larger buffer is a typo. */
export const MAX_STOCK_BUFFER = 100_000;

// A checkbox sends "on" when ticked and nothing at all when not.
const checkbox = z.union([z.literal("on"), z.literal("true"), z.literal(""), z.null()]).transform((v) => v === "on" || v === "true");

const formSchema = z.object({
  stockBuffer: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return 0;
      if (!/^\d+$/.test(v)) {
        ctx.addIssue({ code: "custom", message: "The stock buffer is a whole number of pieces, 0 or more (e.g. 2)." });
        return z.NEVER;
      }
      return Number(v);
    })
    .pipe(z.number().max(MAX_STOCK_BUFFER, `The stock buffer can be at most ${MAX_STOCK_BUFFER.toLocaleString("en-GB")} pieces.`)),
  stockSync: checkbox,
  productSync: checkbox,
  unknownSkuPolicy: z.enum(UNKNOWN_SKU_POLICIES, { error: "Choose what happens to an order with a SKU the warehouse does not know." }),
});

/** Reads the form; a wrong value is a UserError naming its field. */
export function parseProductSettingsForm(get: (key: string) => string | null): ProductSettings {
  const parsed = formSchema.safeParse({
    stockBuffer: get("stockBuffer") ?? "",
    stockSync: get("stockSync"),
    productSync: get("productSync"),
    unknownSkuPolicy: get("unknownSkuPolicy") ?? "",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(issue.message, String(issue.path[0] ?? ""));
  }
  return parsed.data;
}

/** Saves the product settings into the link's settings, keeping every other setting as it was. */
export async function updateProductSettings(tenantId: string, linkId: string, input: ProductSettings, userId?: string): Promise<ProductSettings> {
  return withTenant(tenantId, async (tx) => {
    const [link] = await tx.select({ settings: links.settings, name: links.name }).from(links).where(eq(links.id, linkId)).for("update");
    if (!link) throw new UserError("That link does not exist.");
    const settings = { ...link.settings, ...input } as LinkSettings;
    await tx.update(links).set({ settings, updatedAt: new Date() }).where(eq(links.id, linkId));
    const changed = changedKeys(link.settings as unknown as Record<string, unknown>, settings as unknown as Record<string, unknown>);
    if (changed.length > 0) {
      await recordAudit(tx, tenantId, { actorUserId: userId, action: "link.settings_changed", target: { type: "link", id: linkId }, details: { name: link.name, settings: changed } });
    }
    return syncSettingsOf(settings);
  }, userId);
}
