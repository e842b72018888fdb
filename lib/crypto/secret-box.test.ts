import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptJson, encryptJson, envelopeKeyId, needsReencryption, parseEncryptionKeys, SecretBoxError } from "./secret-box";

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const creds = { username: "lager", password: "Pässwörd-geheim-42", plentyId: 1000 };

function flip(envelope: string, part: number): string {
  const parts = envelope.split(".");
  const bytes = Buffer.from(parts[part]!, "base64url");
  bytes[0] = bytes[0]! ^ 0x01;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

describe("secret box", () => {
  it("round-trips a credential object and hides the plaintext", () => {
    const ring = { currentKeyId: "k1", keys: { k1 } };
    const envelope = encryptJson(creds, ring);
    expect(envelope.startsWith("v1.k1.")).toBe(true);
    expect(envelope).not.toContain("geheim");
    expect(decryptJson(envelope, ring)).toEqual(creds);
  });

  it("uses a fresh IV each time", () => {
    const ring = { currentKeyId: "k1", keys: { k1 } };
    expect(encryptJson(creds, ring)).not.toBe(encryptJson(creds, ring));
  });

  it("accepts base64 keys and decrypts with an old key after rotation", () => {
    const old = { currentKeyId: "k1", keys: { k1: k1.toString("base64") } };
    const envelope = encryptJson(creds, old);
    const rotated = { currentKeyId: "k2", keys: { k2, k1 } };
    expect(decryptJson(envelope, rotated)).toEqual(creds);
    expect(needsReencryption(envelope, rotated)).toBe(true);
    const fresh = encryptJson(creds, rotated);
    expect(envelopeKeyId(fresh)).toBe("k2");
    expect(needsReencryption(fresh, rotated)).toBe(false);
  });

  it("fails clearly when the key id is unknown", () => {
    const envelope = encryptJson(creds, { currentKeyId: "k1", keys: { k1 } });
    expect(() => decryptJson(envelope, { currentKeyId: "k2", keys: { k2 } })).toThrow(/unknown encryption key id "k1"/);
  });

  it.each([2, 3, 4])("detects tampering with part %i without echoing data", (part) => {
    const ring = { currentKeyId: "k1", keys: { k1 } };
    const envelope = encryptJson(creds, ring);
    let error: unknown;
    try {
      decryptJson(flip(envelope, part), ring);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SecretBoxError);
    expect(String((error as Error).message)).toMatch(/tampered|damaged/);
    expect(String((error as Error).message)).not.toContain("geheim");
  });

  it("detects a key id swapped in the envelope (key id is authenticated)", () => {
    const ring = { currentKeyId: "k1", keys: { k1, k2: k1 } };
    const envelope = encryptJson(creds, ring);
    expect(() => decryptJson(envelope.replace("v1.k1.", "v1.k2."), ring)).toThrow(/tampered/);
  });

  it("binds the ciphertext to its context", () => {
    const ring = { currentKeyId: "k1", keys: { k1 } };
    const envelope = encryptJson(creds, ring, { context: "connection:a" });
    expect(decryptJson(envelope, ring, { context: "connection:a" })).toEqual(creds);
    expect(() => decryptJson(envelope, ring, { context: "connection:b" })).toThrow(SecretBoxError);
  });

  it("rejects a key of the wrong length", () => {
    expect(() => encryptJson(creds, { currentKeyId: "k1", keys: { k1: randomBytes(16) } })).toThrow(/32 bytes, got 16/);
  });

  it("rejects something that is not an envelope", () => {
    expect(() => decryptJson("hello", { currentKeyId: "k1", keys: { k1 } })).toThrow(/not a secret-box envelope/);
  });
});

describe("parseEncryptionKeys", () => {
  it("parses keyId:base64 pairs, the first being current", () => {
    const ring = parseEncryptionKeys(`k2:${k2.toString("base64")}, k1:${k1.toString("base64")}`);
    expect(ring.currentKeyId).toBe("k2");
    expect(ring.keys.k1!.equals(k1)).toBe(true);
    expect(ring.keys.k2!.equals(k2)).toBe(true);
  });

  it("names the variable and the key, never the key material", () => {
    const short = randomBytes(16).toString("base64");
    expect(() => parseEncryptionKeys(`k1:${short}`, "ENCRYPTION_KEYS")).toThrow(/^ENCRYPTION_KEYS: key "k1" must decode to 32 bytes, got 16$/);
    try {
      parseEncryptionKeys(`k1:${short}`);
    } catch (e) {
      expect((e as Error).message).not.toContain(short);
    }
    expect(() => parseEncryptionKeys(undefined, "MY_KEYS")).toThrow(/^MY_KEYS is not set/);
    expect(() => parseEncryptionKeys("justakey")).toThrow(/ENCRYPTION_KEYS: entry 1 must be "keyId:base64key"/);
    expect(() => parseEncryptionKeys("k1:***")).toThrow(/key "k1" is not base64/);
    const good = k1.toString("base64");
    expect(() => parseEncryptionKeys(`k1:${good},k1:${good}`)).toThrow(/appears twice/);
  });
});
