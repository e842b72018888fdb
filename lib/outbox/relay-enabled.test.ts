import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env/schema";
import { shouldRelayToInngest } from "./relay-enabled";

describe("shouldRelayToInngest", () => {
  it("relays in production, and in development only with an Inngest server configured", () => {
    const key = Buffer.alloc(32, 3).toString("base64");
    const production = parseEnv({ LAGERBRO_ENV: "production", DATABASE_URL: "postgres://a:b@db/x", AUTH_SECRET: "x".repeat(32), SMTP_URL: "smtp://mail:25", ENCRYPTION_KEYS: `k:${key}` });
    expect(shouldRelayToInngest(production)).toBe(true);
    expect(shouldRelayToInngest(parseEnv({}))).toBe(false);
    expect(shouldRelayToInngest(parseEnv({ INNGEST_DEV: "1" }))).toBe(true);
    expect(shouldRelayToInngest(parseEnv({ INNGEST_BASE_URL: "http://inngest:8288" }))).toBe(true);
    expect(shouldRelayToInngest(parseEnv({ LAGERBRO_ENV: "test", INNGEST_DEV: "1" }))).toBe(false);
  });
});
