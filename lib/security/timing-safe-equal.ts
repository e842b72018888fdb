import { createHash, timingSafeEqual as equalBuffers } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Compares two strings (a webhook token with our secret) in time that depends on neither's
 * content nor length: both are hashed to 32 bytes first, so even a length mismatch takes the
 * same path. Callers decide whether an empty secret may match at all.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  return equalBuffers(digest(a), digest(b));
}
