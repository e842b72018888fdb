import { z } from "zod";
import type { LinkMappings, LinkSettings } from "@/db/schema";
import { UserError } from "@/lib/errors/user-error";
import { linkTriggerSchema } from "@/lib/pipeline/link-flow";
import { STATUS_MAPPING_KEYS } from "./prefill";
import { SCHEDULE_CHOICES } from "./schedule";
import { parseSkuCsv } from "./sku-csv";
import { setMapped } from "@/lib/links/mapping-lookup";

const statusValue = z.string().trim().regex(/^\d+(\.\d+)?$/, { message: "A status is a number like 5 or 5.1." });

export interface MappingsForm {
  get(key: string): string | null;
  /** Every submitted key (the shipping selects are named `ship:<source method id>`). */
  keys(): string[];
  /** The uploaded SKU file, if any. */
  skuFile?: string;
}

/** The text-area form of a SKU map: one "shop SKU, warehouse SKU" per line. */
export function skuMapToText(map: Record<string, string>): string {
  return Object.entries(map).map(([a, b]) => `${a}, ${b}`).join("\n");
}

/** Reads the mappings step: statuses, shipping methods, SKU policy and map (typed and/or uploaded). */
export function parseMappingsForm(form: MappingsForm): LinkMappings {
  const mappings: LinkMappings = { shippingMethods: {}, skuPolicy: "same", skuMap: {} };
  for (const key of STATUS_MAPPING_KEYS) {
    const raw = form.get(key)?.trim();
    if (!raw) continue;
    const parsed = statusValue.safeParse(raw);
    if (!parsed.success) throw new UserError(parsed.error.issues[0]!.message, key);
    mappings[key] = parsed.data;
  }
  const cancel = (form.get("cancelStatuses") ?? "").split(/[,;\s]+/).filter(Boolean);
  for (const value of cancel) if (!statusValue.safeParse(value).success) throw new UserError("List cancel statuses as numbers, e.g. 8, 8.1.", "cancelStatuses");
  if (cancel.length) mappings.cancelStatuses = cancel;

  for (const key of form.keys()) {
    if (!key.startsWith("ship:")) continue;
    const target = form.get(key)?.trim();
    if (target) setMapped(mappings.shippingMethods, key.slice(5), target);
  }

  const policy = form.get("skuPolicy");
  if (policy !== "same" && policy !== "mapped") throw new UserError("Choose how SKUs are matched.", "skuPolicy");
  mappings.skuPolicy = policy;
  const typed = (form.get("skuMap") ?? "").trim();
  if (typed) mappings.skuMap = parseSkuCsv(typed.replace(/\t/g, ","));
  if (form.skuFile?.trim()) mappings.skuMap = { ...mappings.skuMap, ...parseSkuCsv(form.skuFile) };
  if (policy === "mapped" && Object.keys(mappings.skuMap).length === 0) {
    throw new UserError("With a mapping table, add at least one SKU pair (type them or upload a CSV file).", "skuMap");
  }
  return mappings;
}


const settingsSchema = z.object({
  name: z.string().trim().min(1, { message: "Give the link a name." }).max(80, { message: "Use at most 80 characters." }),
  scheduleMinutes: z.coerce.number().refine((n) => (SCHEDULE_CHOICES as readonly number[]).includes(n), { message: "Choose how often to check." }),
  customerEmailBy: z.enum(["shop", "3pl"], { message: "Choose who e-mails your customer." }),
  // Only where the source offers the choice (the form sends it then); lib/pipeline/link-flow checks it again.
  trigger: linkTriggerSchema.optional(),
});

export type SettingsInput = Pick<LinkSettings, "scheduleMinutes" | "customerEmailBy" | "trigger">;

/** Reads the sync settings step. */
export function parseSettingsForm(get: (key: string) => string | null): { name: string; settings: SettingsInput } {
  const trigger = get("trigger");
  const parsed = settingsSchema.safeParse({ name: get("name") ?? "", scheduleMinutes: get("scheduleMinutes") ?? "", customerEmailBy: get("customerEmailBy") ?? "", ...(trigger !== null ? { trigger } : {}) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(issue.message, String(issue.path[0] ?? ""));
  }
  const { name, ...settings } = parsed.data;
  return { name, settings };
}
