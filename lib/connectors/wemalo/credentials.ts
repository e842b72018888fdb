import { z } from "zod";
import { credentialField } from "../credentials";

export const WEMALO_API_URL = "https://connect.wemalo.com/v1";

/**
 * wemalo-connect authenticates with one long-lived REST key (a JWT) per shop user; there is no
 * login or refresh endpoint [partners/wemalo.md §1]. The shop name is optional: the key knows it.
 */
export const wemaloCredentialSchema = z.object({
  apiToken: credentialField(z.string().trim().min(1), {
    label: "REST key",
    help: "Created for your shop user in wemalo-connect (ask your warehouse). Sent as 'Authorization: JWT <key>'.",
    secret: true,
  }),
  shop: credentialField(z.string().trim().min(1), {
    label: "Shop name",
    help: "The shop this key belongs to in wemalo-connect. Leave empty to read it from the key.",
  }).optional(),
  apiUrl: credentialField(z.url(), {
    label: "API URL",
    help: "Leave as is for wemalo. For the sandbox: <app URL>/sandbox/wemalo/v1.",
    input: "url",
  }).default(WEMALO_API_URL),
  notificationEmail: credentialField(z.email(), {
    label: "E-mail for webhook failures",
    help: "wemalo writes here when it had to switch our webhooks off after ten failed deliveries.",
  }).optional(),
});
export type WemaloCredentials = z.infer<typeof wemaloCredentialSchema>;

export const wemaloSettingsSchema = z.object({
  productGroup: credentialField(z.string().trim().min(1), {
    label: "Product group for new products",
    help: "wemalo requires a product group on every product it is sent.",
  }).default("Lagerbro"),
});
export type WemaloSettings = z.infer<typeof wemaloSettingsSchema>;
