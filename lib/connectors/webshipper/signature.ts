import { createHmac } from "node:crypto";
import type { InboundWebhook } from "@/lib/connectors/types";
import { timingSafeEqual } from "@/lib/security/timing-safe-equal";

export const SIGNATURE_HEADER = "x-webshipper-hmac-sha256";
export const TOPIC_HEADER = "x-webshipper-topic";

/** base64( HMAC-SHA256( key = secret, message = raw body ) ) [W4][W5]. */
export function webshipperSignature(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}

/** A header by name, whatever case the route handler kept. */
export function headerOf(headers: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** Constant-time comparison of the signature over the raw body; an empty secret never verifies. */
export function verifyWebshipperWebhook(input: Pick<InboundWebhook, "headers" | "body">, secret: string): boolean {
  const given = headerOf(input.headers, SIGNATURE_HEADER);
  if (!secret || !given) return false;
  return timingSafeEqual(given.trim(), webshipperSignature(input.body, secret));
}
