import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for credential objects at rest. The envelope is one string:
 *   v1.<keyId>.<iv>.<tag>.<ciphertext>      (base64url parts)
 * The key id travels with the ciphertext so keys can rotate: encrypt with the current key,
 * decrypt with whichever key the envelope names. The version and key id are authenticated
 * (AAD), and so is an optional caller context (e.g. the connection id) so a ciphertext copied
 * to another row does not decrypt there.
 */

export interface KeyRing {
  currentKeyId: string;
  /** 32-byte keys, as Buffers or base64 strings. */
  keys: Record<string, Buffer | string>;
}

export interface SecretBoxOptions {
  /** Binds the ciphertext to where it is stored; the same value must be given to decrypt. */
  context?: string;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

const VERSION = "v1";
const keyIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

function keyBytes(ring: KeyRing, keyId: string): Buffer {
  const raw = ring.keys[keyId];
  if (raw === undefined) {
    throw new SecretBoxError(`unknown encryption key id "${keyId}" (known: ${Object.keys(ring.keys).join(", ") || "none"})`);
  }
  const key = typeof raw === "string" ? Buffer.from(raw, "base64") : raw;
  if (key.length !== 32) throw new SecretBoxError(`encryption key "${keyId}" must be 32 bytes, got ${key.length}`);
  return key;
}

function aad(keyId: string, context: string | undefined): Buffer {
  return Buffer.from(`lagerbro:${VERSION}:${keyId}:${context ?? ""}`, "utf8");
}

export function encryptJson(value: unknown, ring: KeyRing, options: SecretBoxOptions = {}): string {
  const keyId = ring.currentKeyId;
  if (!keyIdPattern.test(keyId)) throw new SecretBoxError(`invalid encryption key id "${keyId}"`);
  const key = keyBytes(ring, keyId);
  const plaintext = JSON.stringify(value);
  if (plaintext === undefined) throw new SecretBoxError("cannot encrypt undefined");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(keyId, options.context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, keyId, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

export function decryptJson<T = unknown>(envelope: string, ring: KeyRing, options: SecretBoxOptions = {}): T {
  const parts = envelope.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new SecretBoxError("not a secret-box envelope (expected v1.<keyId>.<iv>.<tag>.<data>)");
  const [, keyId = "", ivText = "", tagText = "", dataText = ""] = parts;
  const key = keyBytes(ring, keyId);
  const iv = Buffer.from(ivText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  if (iv.length !== 12 || tag.length !== 16) throw new SecretBoxError("secret-box envelope is damaged (iv or tag has the wrong length)");
  let plaintext: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(aad(keyId, options.context));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(Buffer.from(dataText, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    // Deliberately no detail: the underlying error says nothing useful and must not echo data.
    throw new SecretBoxError(`cannot decrypt with key "${keyId}": the ciphertext was tampered with, or the key or context is wrong`);
  }
  return JSON.parse(plaintext) as T;
}

/** The key id an envelope was sealed with, without decrypting. */
export function envelopeKeyId(envelope: string): string | undefined {
  const parts = envelope.split(".");
  return parts.length === 5 && parts[0] === VERSION ? parts[1] : undefined;
}

/** True when the envelope was sealed with an older key and should be re-encrypted. */
export function needsReencryption(envelope: string, ring: KeyRing): boolean {
  return envelopeKeyId(envelope) !== ring.currentKeyId;
}

/**
 * Parses `k2:base64key,k1:base64key` (the first entry is the current key; the others decrypt
 * older envelopes). Errors name the variable and key id, never the key material.
 */
export function parseEncryptionKeys(value: string | undefined, variable = "ENCRYPTION_KEYS"): KeyRing & { keys: Record<string, Buffer> } {
  if (!value || value.trim() === "") {
    throw new Error(`${variable} is not set: expected "keyId:base64key[,keyId:base64key...]" with 32-byte keys (e.g. from \`openssl rand -base64 32\`)`);
  }
  const keys: Record<string, Buffer> = {};
  let currentKeyId: string | undefined;
  for (const [index, item] of value.split(",").entries()) {
    const entry = item.trim();
    if (entry === "") continue;
    const colon = entry.indexOf(":");
    if (colon <= 0) throw new Error(`${variable}: entry ${index + 1} must be "keyId:base64key"`);
    const keyId = entry.slice(0, colon).trim();
    const material = entry.slice(colon + 1).trim();
    if (!keyIdPattern.test(keyId)) throw new Error(`${variable}: key id "${keyId}" may only contain letters, digits, "-" and "_"`);
    if (keys[keyId]) throw new Error(`${variable}: key id "${keyId}" appears twice`);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(material)) throw new Error(`${variable}: key "${keyId}" is not base64`);
    const bytes = Buffer.from(material, "base64");
    if (bytes.length !== 32) throw new Error(`${variable}: key "${keyId}" must decode to 32 bytes, got ${bytes.length}`);
    keys[keyId] = bytes;
    currentKeyId ??= keyId;
  }
  if (!currentKeyId) throw new Error(`${variable} has no keys`);
  return { currentKeyId, keys };
}
