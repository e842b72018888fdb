import { z } from "zod";
import { credentialField } from "../credentials";
import { statusIdSchema, statusListSchema } from "./status-ids";

const positiveInt = z.coerce.number().int().positive();

/** What seed 004 asks the merchant for: backend user, URL, plentyID, warehouse and storage location. */
export const plentyCredentialsSchema = z.object({
  url: credentialField(z.url({ protocol: /^https?$/ }), {
    label: "URL of your plentymarkets system",
    help: "The address of your back end or shop, e.g. https://p12345.my.plentysystems.com. Shown under Setup » Settings » API » Data.",
    placeholder: "https://p12345.my.plentysystems.com",
    input: "url",
  }),
  username: credentialField(z.string().trim().min(1), {
    label: "Username",
    help: "A back end user with REST API rights for orders, shipping and stock (Setup » Account management » Users).",
  }),
  password: credentialField(z.string().min(1), { label: "Password", help: "The password of that back end user.", secret: true }),
  plentyId: credentialField(positiveInt, {
    label: "plentyID",
    help: "The ID of your client (store), shown at the top right next to your profile picture.",
    input: "number",
  }),
  warehouseId: credentialField(positiveInt, {
    label: "Warehouse ID",
    help: "The ID of the warehouse you created for the fulfilment provider (Setup » Stock » Warehouse). Only orders for this warehouse are handed over.",
    input: "number",
  }),
  storageLocationId: credentialField(z.coerce.number().int().nonnegative(), {
    label: "Storage location ID",
    help: "The ID of the default storage location in that warehouse.",
    input: "number",
  }),
});
export type PlentyCredentials = z.infer<typeof plentyCredentialsSchema>;

const status = (value: string, meta: { label: string; help: string }) => credentialField(statusIdSchema, meta).default(value);

/** Status flow of seed 004, each status configurable. */
export const plentySettingsSchema = z.object({
  readyStatus: status("5", { label: "Ready for shipping", help: "Orders in this status are handed to the warehouse. Default 5 (Freigabe Versand)." }),
  acknowledgedStatus: status("5.1", { label: "Handed over", help: "Set once the warehouse has the order. Default 5.1 (Abwicklung extern)." }),
  addressProblemStatus: status("6.2", { label: "Address problem", help: "Set when the address is incomplete or wrong. Create it in plentymarkets first (seed: 6.2)." }),
  stockProblemStatus: status("6.3", { label: "Stock problem", help: "Set when there is not enough stock. Create it in plentymarkets first (seed: 6.3)." }),
  otherProblemStatus: status("5.6", { label: "Other problem", help: "Set for any other problem. Default 5.6 (Fehler beim Logistiker)." }),
  shippedStatus: status("7", { label: "Shipped", help: "Set when everything has left the warehouse. Default 7 (Warenausgang gebucht)." }),
  partiallyShippedStatus: credentialField(statusIdSchema, {
    label: "Partly shipped",
    help: "Set after a partial shipment. Leave empty to keep the status until the rest ships.",
  }).optional(),
  cancelledStatuses: credentialField(statusListSchema, {
    label: "Cancelled",
    help: "Orders in these statuses are cancelled at the warehouse, comma separated. Default 8 (Storniert); add 8.1 for cancelled by the customer.",
  }).prefault("8"),
  cancellationHandledStatus: status("8.8", { label: "Cancellation handled", help: "Set once the warehouse has the cancellation. Create it in plentymarkets first (seed: 8.8)." }),
  cancellationTooLateStatus: credentialField(statusIdSchema, {
    label: "Cancellation too late",
    help: "Set when the warehouse had already started. Empty: the 'Cancellation handled' status is set, as in seed 004, and Lagerbro raises an exception.",
  }).optional(),
  returnStatus: status("9", { label: "Return", help: "Orders in this status are announced to the warehouse as returns. Default 9 (Retoure)." }),
  returnHandledStatus: credentialField(statusIdSchema, {
    label: "Return handled by the warehouse",
    help: "Set once the warehouse has the return, to tell it apart from other returns (seed: '9.0.1'; plentymarkets ids have at most 4 decimals, e.g. 9.01). Empty: unchanged.",
  }).optional(),
  packageId: credentialField(z.coerce.number().int().positive(), {
    label: "Package type ID",
    help: "The shipping package type written with each tracking number. Empty: the first package type of your system.",
    input: "number",
  }).optional(),
});
export type PlentySettings = z.infer<typeof plentySettingsSchema>;

/** "https://shop.tld/rest/" and "https://shop.tld" both mean the system at https://shop.tld. */
export function systemBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, "").replace(/\/rest$/i, "");
}
