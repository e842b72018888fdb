import { createHash } from "node:crypto";

/** SHA-256 of the file's bytes, hex: the identity of a file for "processed once". */
export function checksumOf(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex");
}
