import { z } from "zod";
import { credentialField } from "@/lib/connectors/credentials";

/** What a merchant copies from Webshipper: account name, an API token, the order channel Lagerbro writes to. [W1][W2] */
export const webshipperCredentialSchema = z.object({
  account: credentialField(z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/i, "only letters, digits and dashes"), {
    label: "Webshipper account",
    help: "The first part of your Webshipper address: for https://myshop.webshipper.io it is myshop.",
    placeholder: "myshop",
  }),
  apiToken: credentialField(z.string().trim().min(1), {
    label: "API token",
    help: "A token Webshipper issued for Lagerbro (Settings » Access & tokens).",
    secret: true,
  }),
  orderChannelId: credentialField(z.coerce.number().int().positive(), {
    label: "Order channel ID",
    help: "The order channel Lagerbro's orders belong to; its shipping rates are offered for mapping.",
    input: "number",
  }),
  apiUrl: credentialField(z.url({ protocol: /^https?$/ }), {
    label: "API address",
    help: "Leave empty. Only for the Lagerbro sandbox or a Webshipper test system.",
    input: "url",
  }).optional(),
});
export type WebshipperCredentials = z.infer<typeof webshipperCredentialSchema>;

/** Used when Webshipper is the source (the sync runs Webshipper → Rackbeat). Seed 002. */
export const webshipperSettingsSchema = z.object({
  trigger: credentialField(z.enum(["order_created", "shipment_created"]), {
    label: "Hand over when",
    help: "Order created: every new order. Shipment created: each shipment on its own, so partial shipments travel as they leave. A link's own choice (set up in Connect) wins over this one. Volume is not synced.",
  }).default("order_created"),
  sentTag: credentialField(z.string().trim().min(1).max(40), {
    label: "Tag for handed-over orders",
    help: "Lagerbro tags each Webshipper order it has handed over, so it is not handed over twice.",
  }).default("lagerbro"),
});
export type WebshipperSettings = z.infer<typeof webshipperSettingsSchema>;

/** `https://<account>.api.webshipper.io/v2` [W1], unless an address is given (sandbox). */
export function webshipperApiRoot(credentials: Pick<WebshipperCredentials, "account" | "apiUrl">): string {
  if (credentials.apiUrl) return credentials.apiUrl.replace(/\/+$/, "");
  return `https://${credentials.account.toLowerCase()}.api.webshipper.io/v2`;
}
