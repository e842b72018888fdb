import { z } from "zod";
import { credentialField } from "@/lib/connectors/credentials";

/**
 * Vendre issues the token and the base URL on request (no self-service [V1]). Public sources
 * disagree on both (partners/vendre.md §1), so both are settings: variant B (shop domain
 * `/API/1`, `X-Authorization`) is the default, variant A (`api.vendre.io/api`, Bearer) a choice.
 */
export const vendreCredentialsSchema = z.object({
  baseUrl: credentialField(z.url({ protocol: /^https?$/ }), {
    label: "API address",
    help: "The address Vendre gave you with the token, e.g. https://yourshop.se/API/1 (or https://api.vendre.io/api).",
    placeholder: "https://yourshop.se/API/1",
    input: "url",
  }),
  token: credentialField(z.string().trim().min(1), {
    label: "API token",
    help: "Ask Vendre support for a token that may read and update orders.",
    secret: true,
  }),
  authHeader: credentialField(z.enum(["x-authorization", "bearer"]), {
    label: "How the token is sent",
    help: "x-authorization: header X-Authorization (shop-domain API). bearer: Authorization: Bearer (api.vendre.io). Vendre tells you which.",
    input: "select",
  }).default("x-authorization"),
});
export type VendreCredentials = z.infer<typeof vendreCredentialsSchema>;

const statusId = z.coerce.number().int().positive();
const status = (fallback: number, meta: { label: string; help: string }) => credentialField(statusId, { ...meta, input: "number" }).default(fallback);
const optionalStatus = (meta: { label: string; help: string }) => credentialField(statusId, { ...meta, input: "number" }).optional();

/**
 * The status flow and the e-mail rule. Status ids are numeric [V1]; only 3 ("usually completed")
 * is documented, 1 and 2 follow the osCommerce heritage (GUESS): stores differ, so every one is
 * a setting, filled from the statuses the connection test discovers.
 */
export const vendreSettingsSchema = z.object({
  readyStatus: status(1, { label: "Orders to fulfil", help: "Orders in this status go to the warehouse. Default 1 (Pending)." }),
  acknowledgedStatus: status(2, { label: "Handed to the warehouse", help: "Set once the warehouse has the order. Default 2 (Processing)." }),
  shippedStatus: status(3, { label: "Shipped", help: "Set when everything has left the warehouse. Default 3, which Vendre stores usually use for completed orders." }),
  partiallyShippedStatus: optionalStatus({ label: "Partly shipped", help: "Set after a partial shipment. Empty: the status stays until the rest ships." }),
  problemStatus: optionalStatus({ label: "Problem", help: "Set when the warehouse cannot ship (address, stock). Empty: the status stays and Lagerbro shows the problem." }),
  cancelledStatus: optionalStatus({ label: "Cancelled", help: "Orders in this status are cancelled at the warehouse. Empty: cancellations are not read from Vendre." }),
  cancellationHandledStatus: optionalStatus({ label: "Cancellation handled", help: "Set once the warehouse has the cancellation, so it is not read again. Needed with 'Cancelled'." }),
  customerEmail: credentialField(z.enum(["vendre", "warehouse"]), {
    label: "Who e-mails the customer when the order ships",
    help: "vendre: Lagerbro updates the status and Vendre sends its shipping e-mail with the package number. warehouse: your 3PL e-mails the customer, and Vendre is updated without an e-mail (seed 000).",
    input: "select",
  }).default("vendre"),
});
export type VendreSettings = z.infer<typeof vendreSettingsSchema>;
