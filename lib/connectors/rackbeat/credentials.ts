import { z } from "zod";
import { credentialField } from "@/lib/connectors/credentials";

/** A Rackbeat API token (Bearer) [R1][R2]. */
export const rackbeatCredentialSchema = z.object({
  apiToken: credentialField(z.string().trim().min(1), {
    label: "API token",
    help: "A personal API token from Rackbeat (Settings » API tokens), or the token Rackbeat issued when you installed Lagerbro.",
    secret: true,
  }),
  apiUrl: credentialField(z.url({ protocol: /^https?$/ }), {
    label: "API address",
    help: "Leave empty. Only for the Lagerbro sandbox.",
    input: "url",
  }).optional(),
});
export type RackbeatCredentials = z.infer<typeof rackbeatCredentialSchema>;

/** Seed 002: the trigger decides when a Rackbeat order goes to Webshipper. */
export const rackbeatSettingsSchema = z.object({
  trigger: credentialField(z.enum(["order_created", "shipment_created"]), {
    label: "Send to Webshipper when",
    help: "Order created: each order goes as soon as it is booked. Shipment created: each shipment you create in Rackbeat goes on its own, so part of an order can go now and the rest later. A link's own choice (set up in Connect) wins over this one. Volume is not synced.",
  }).default("order_created"),
  stockLocation: credentialField(z.string().trim().min(1).max(64), {
    label: "Rackbeat location for the warehouse's stock",
    help: "The number of the Rackbeat location (Settings » Locations) where the stock your 3PL holds is booked. Stock sync sets each product's stock there to what the warehouse has. Empty: location 1.",
  }).optional(),
});
export type RackbeatSettings = z.infer<typeof rackbeatSettingsSchema>;

/** Where stock sync books the warehouse's figures when no location is set. GUESS: "1", the location of the sheet's order-line example [R §5]. */
export const DEFAULT_STOCK_LOCATION = "1";

export const RACKBEAT_API = "https://app.rackbeat.com/api";

export function rackbeatApiRoot(credentials: Pick<RackbeatCredentials, "apiUrl">): string {
  return (credentials.apiUrl ?? RACKBEAT_API).replace(/\/+$/, "");
}
