import { createHash, randomBytes } from "node:crypto";

/** A random token for a link; only its hash is stored, so a database leak reveals no usable link. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
