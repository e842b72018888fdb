import { parseEncryptionKeys, type KeyRing } from "@/lib/crypto/secret-box";

let cached: { source: string; ring: KeyRing } | undefined;

/**
 * The keys that seal partner credentials, from ENCRYPTION_KEYS (validated with the rest of the
 * environment at start); the first one encrypts. Read on each use so a rotation takes effect.
 */
export function currentKeyRing(): KeyRing {
  const source = process.env.ENCRYPTION_KEYS ?? "";
  if (!cached || cached.source !== source) cached = { source, ring: parseEncryptionKeys(source) };
  return cached.ring;
}
