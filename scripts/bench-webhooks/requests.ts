import { webshipperSignature } from "../../lib/connectors/webshipper/signature";
import type { PreparedRequest } from "./load";

/**
 * Signed Webshipper deliveries as the partner sends them: an order document per body, each
 * different (so each is a new delivery, not a repeat), topic and HMAC in the headers.
 */
export function signedWebhooks(count: number, secret: string, offset = 0): PreparedRequest[] {
  return Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    const body = JSON.stringify({ data: { id: 100_000 + i, type: "orders", attributes: { ext_ref: `BENCH-${i}`, status: "pending", visible_ref: `B${i}` } } });
    return {
      body,
      headers: { "content-type": "application/vnd.api+json", "x-webshipper-topic": "order/updated", "x-webshipper-hmac-sha256": webshipperSignature(body, secret) },
    };
  });
}
