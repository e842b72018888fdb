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
