import { isPartnerError } from "@/lib/http/errors";
import { orderSchema, type Order } from "@/lib/orders";

export type CheckedOrder = { ok: true; order: Order } | { ok: false; reason: string };

/**
 * Runs a connector's mapping of one partner order and holds its result to the canonical order:
 * a partner surprise that slipped past the payload schema (a blank country, an astronomic
 * quantity, a price that does not fit) becomes a refusal naming the field, like any other order
 * that cannot be mapped, instead of a throw that stops the whole page or a bad row downstream.
 * A PartnerError (the connector asking the merchant) is passed on as it is.
 */
export function checkedOrder(map: () => CheckedOrder): CheckedOrder {
  let result: CheckedOrder;
  try {
    result = map();
  } catch (error) {
    if (isPartnerError(error)) throw error;
    return { ok: false, reason: `the order could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!result.ok) return result;
  const checked = orderSchema.safeParse(result.order);
  if (checked.success) return result;
  const issue = checked.error.issues[0]!;
  const where = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
  return { ok: false, reason: `the order's ${where || "data"} is not usable: ${issue.message}` };
}
