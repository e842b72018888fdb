import { z } from "zod";
import { credentialField } from "@/lib/connectors/credentials";

/** What a merchant copies from their 3PL: Ongoing address, goods owner, API user. [S1][S2][S3] */
export const ongoingCredentialSchema = z.object({
  baseUrl: credentialField(z.url(), {
    label: "Ongoing address",
    help: "Your warehouse's Ongoing WMS address, e.g. https://api.ongoingsystems.se/YourWarehouse (without /api/v1). Your 3PL can tell you.",
    placeholder: "https://api.ongoingsystems.se/YourWarehouse",
    input: "url",
  }),
  goodsOwnerId: credentialField(z.coerce.number().int().positive(), {
    label: "Goods owner ID",
    help: "The number Ongoing uses for your company at this warehouse (goodsOwnerId).",
    input: "number",
  }),
  goodsOwnerCode: credentialField(z.string(), {
    label: "Goods owner code",
    help: "Only some older SOAP integrations need it; leave empty if your 3PL did not give you one.",
  }).optional(),
  username: credentialField(z.string().min(1), {
    label: "API user",
    help: "The API user your 3PL created for you in Ongoing (often begins with WSI).",
  }),
  password: credentialField(z.string().min(1), { label: "API password", secret: true }),
});
export type OngoingCredentials = z.infer<typeof ongoingCredentialSchema>;

export const ongoingSettingsSchema = z.object({
  notifyConsignee: credentialField(z.boolean(), {
    label: "Pass e-mail and phone to the carrier",
    help: "Lets the carrier send the end customer its delivery notices (Ongoing e-mail/SMS notification).",
    input: "checkbox",
  }).default(true),
});
export type OngoingSettings = z.infer<typeof ongoingSettingsSchema>;

/** The REST root is `{instance}/api/v1`; accept the instance URL with or without that suffix. */
export function ongoingApiRoot(credentials: Pick<OngoingCredentials, "baseUrl">): string {
  return `${credentials.baseUrl.replace(/\/+$/, "").replace(/\/api\/v1$/i, "")}/api/v1`;
}
