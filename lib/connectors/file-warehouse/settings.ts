import { z } from "zod";
import { credentialField } from "@/lib/connectors/credentials";
import { recordFormats, vendreFolderLayout } from "@/lib/files";
import { canonicalStatuses } from "@/lib/orders";
import { pairsProblem, parsePairs } from "./field-mapping";
import { orderFieldKeys } from "./order-fields";

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

const format = (label: string, help: string, fallback: (typeof recordFormats)[number]) =>
  credentialField(z.enum(recordFormats), { label, help, input: "select" }).default(fallback);

/**
 * Everything the wizard asks about a file-exchanging 3PL: where orders go and in what format,
 * where status files come from, and how their fields are named. Defaults follow the folder
 * layout of Vendre's integration engine (seed 001).
 */
export const fileWarehouseSettingsSchema = z.object({
  ordersFolder: credentialField(z.string().trim(), { label: "Folder for orders", help: "One file per order is written here. Default export/orders (seed 001)." }).default(vendreFolderLayout.ordersOut),
  orderFormat: format("Order file format", "JSON or XML: one document per order. CSV/TXT: a header row, then one row per order line.", "json"),
  orderFields: credentialField(
    z.string().refine((v) => pairsProblem(v, orderFieldKeys) === null, { message: `use field=Name pairs; fields: ${orderFieldKeys.join(", ")}` }),
    { label: "Order field names", help: "Rename fields for your 3PL, e.g. ordernumber=OrderNo; sku=ArticleNo. Unnamed fields keep their names." },
  ).optional(),
  statusFolder: credentialField(z.string().trim(), { label: "Folder for status files", help: "Your 3PL drops status files here. Default import/orderstatus (seed 001)." }).default(vendreFolderLayout.statusIn),
  statusFormat: format("Status file format", "CSV/TXT with a header row, JSON (array or one object per line) or XML.", "csv"),
  delimiter: credentialField(z.string().min(1).max(1), { label: "Field separator", help: "CSV default ;  TXT default tab." }).optional(),
  statusRecordPath: credentialField(z.string(), { label: "XML/JSON path to the status records", help: "E.g. statuses.status for <statuses><status>…</status></statuses>." }).optional(),
  fieldOrderNumber: credentialField(z.string().min(1), { label: "Field: order number" }).default("ordernumber"),
  fieldStatus: credentialField(z.string().min(1), { label: "Field: status" }).default("status"),
  fieldPackageNumber: credentialField(z.string().min(1), { label: "Field: package (tracking) number" }).default("packagenumber"),
  fieldCarrier: credentialField(z.string().min(1), { label: "Field: carrier" }).default("carrier"),
  fieldTrackingUrl: credentialField(z.string().min(1), { label: "Field: tracking link" }).default("trackingurl"),
  fieldShippedAt: credentialField(z.string().min(1), { label: "Field: date shipped" }).default("date"),
  statusValues: credentialField(
    z.string().refine((v) => pairsProblem(v, undefined, canonicalStatuses) === null, { message: `use value=status pairs; statuses: ${canonicalStatuses.join(", ")}` }),
    { label: "Status values", help: "What your 3PL's status values mean, e.g. 7=shipped; 4=picking. Values that are already Lagerbro statuses need no entry." },
  ).optional(),
  defaultCarrier: credentialField(z.string().min(1), { label: "Carrier when the file names none", help: "E.g. PostNord." }).default("unknown"),
  historyKeep: credentialField(z.coerce.number().int().min(0).max(10_000), { label: "Processed status files to keep", input: "number" }).default(vendreFolderLayout.historyKeep),
}).superRefine((settings, ctx) => {
  // In an XML order file each name becomes an element: "Order No" or "2026" would make a file no 3PL can read.
  if (settings.orderFormat !== "xml") return;
  const bad = [...parsePairs(settings.orderFields).values()].find((name) => !XML_NAME.test(name));
  if (bad) ctx.addIssue({ code: "custom", path: ["orderFields"], message: `"${bad}" cannot name an element of an XML file: start with a letter, then use letters, digits, _ . or -` });
});
export type FileWarehouseSettings = z.infer<typeof fileWarehouseSettingsSchema>;
