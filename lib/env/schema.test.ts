import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./schema";

describe("parseEnv", () => {
  it("fills defaults for development", () => {
    const env = parseEnv({});
    expect(env.LAGERBRO_ENV).toBe("development");
    expect(env.EMBEDDED_DB_PORT).toBe(54329);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names a malformed variable without echoing its value", () => {
    try {
      parseEnv({ DATABASE_URL: "not a url with secret-password", EMBEDDED_DB_PORT: "99999" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("EMBEDDED_DB_PORT");
      expect(message).not.toContain("secret-password");
    }
  });

  it("requires the production secrets in production", () => {
    expect(() => parseEnv({ LAGERBRO_ENV: "production" })).toThrow(/AUTH_SECRET is required/);
    expect(() => parseEnv({ LAGERBRO_ENV: "production" })).toThrow(/SMTP_URL is required/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("reads boolean switches", () => {
    expect(parseEnv({ SANDBOX_ENABLED: "true" }).SANDBOX_ENABLED).toBe(true);
    expect(parseEnv({}).SANDBOX_ENABLED).toBe(false);
  });
});

describe("ENCRYPTION_KEYS", () => {
  it("accepts keyId:base64 pairs and names a bad key without its material", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ ENCRYPTION_KEYS: `k1:${key}` }).ENCRYPTION_KEYS).toBe(`k1:${key}`);
    const short = Buffer.alloc(16, 9).toString("base64");
    expect(() => parseEnv({ ENCRYPTION_KEYS: `k2:${short}` })).toThrow(/ENCRYPTION_KEYS key "k2" must decode to 32 bytes/);
    expect(() => parseEnv({ ENCRYPTION_KEYS: `k2:${short}` })).not.toThrow(new RegExp(short.replace(/[+/=]/g, ".")));
  });
});

describe("Inngest variables", () => {
  it("are optional strings, and a bad INNGEST_BASE_URL is named", () => {
    expect(parseEnv({}).INNGEST_DEV).toBeUndefined();
    const env = parseEnv({ INNGEST_DEV: "1", INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "signkey-prod-abc", INNGEST_BASE_URL: "http://inngest:8288" });
    expect(env).toMatchObject({ INNGEST_DEV: "1", INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "signkey-prod-abc", INNGEST_BASE_URL: "http://inngest:8288" });
    expect(() => parseEnv({ INNGEST_BASE_URL: "not a url" })).toThrow(/INNGEST_BASE_URL/);
  });
});
