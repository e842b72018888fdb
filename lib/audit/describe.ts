import type { AuditDetails } from "@/db/schema";
import { describeCredentials, findConnector } from "@/lib/connectors";
import { describeAuditAction } from "./actions";

const MAPPING_WORDS: Record<string, string> = {
  statusMap: "order statuses",
  shippingMethods: "shipping methods",
  skuPolicy: "how SKUs are matched",
  skuMap: "the SKU table",
};

const SETTING_WORDS: Record<string, string> = {
  productSync: "product sync",
  stockSync: "stock sync",
  stockBuffer: "stock buffer",
  unknownSkuPolicy: "what happens to an unknown SKU",
  scheduleMinutes: "schedule",
  customerEmailBy: "who mails the customer",
};

const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** The credential fields' labels as the connection form shows them (the keys when the connector is unknown). */
function fieldLabels(connectorId: string | undefined, keys: string[]): string[] {
  const connector = connectorId ? findConnector(connectorId) : undefined;
  const labels = new Map(connector ? describeCredentials(connector.credentialSchema).map((f) => [f.key, f.label]) : []);
  return keys.map((k) => labels.get(k) ?? k);
}

/** One line a merchant can read: what was changed, on what, from the row's non-secret details. */
export function describeAuditEvent(event: { action: string; details: AuditDetails }): { what: string; detail: string } {
  const d = event.details;
  const what = describeAuditAction(event.action);
  const name = str(d.label) ?? str(d.name);
  switch (event.action) {
    case "connection.credentials_changed":
      return { what, detail: `${name ?? "Connection"}: ${fieldLabels(str(d.connector), list(d.fields)).join(", ")} changed` };
    case "link.mappings_changed":
      return { what, detail: `${name ?? "Link"}: ${list(d.mappings).map((k) => MAPPING_WORDS[k] ?? k).join(", ")} changed` };
    case "link.settings_changed":
      return { what, detail: `${name ?? "Link"}: ${list(d.settings).map((k) => SETTING_WORDS[k] ?? k).join(", ")} changed` };
    case "member.invited":
    case "invitation.revoked":
    case "member.joined":
      return { what, detail: [str(d.email), str(d.role) && `as ${d.role}`].filter(Boolean).join(" ") };
    case "member.role_changed":
      return { what, detail: `${str(d.email) ?? "A member"}: ${d.from} → ${d.to}` };
    case "member.removed":
      return { what: d.left === true ? "left the team" : what, detail: str(d.email) ?? "" };
    case "team.renamed":
      return { what, detail: `${d.from} → ${d.to}` };
    default:
      return { what, detail: name ?? "" };
  }
}
