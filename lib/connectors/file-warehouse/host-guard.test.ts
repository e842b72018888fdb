import { describe, expect, it, vi } from "vitest";
import { describeCredentials } from "@/lib/connectors/credentials";
import { assertSafeFileHost } from "./host-guard";
import { fileServerCredentialsSchema } from "./server-credentials";
import { fileWarehouseSettingsSchema } from "./settings";

// This file runs without ALLOW_PRIVATE_URLS, as production does.
vi.stubEnv("ALLOW_PRIVATE_URLS", "");

describe("file server host and wizard fields", () => {
  it("refuses loopback and private hosts, as for partner URLs", async () => {
    await expect(assertSafeFileHost("bonver", "127.0.0.1")).rejects.toMatchObject({ kind: "needs_merchant", reason: "unsafe_url" });
    await expect(assertSafeFileHost("bonver", "10.0.0.5")).rejects.toMatchObject({ reason: "unsafe_url" });
    await expect(assertSafeFileHost("bonver", "::1")).rejects.toMatchObject({ reason: "unsafe_url" });
    await expect(assertSafeFileHost("bonver", "93.184.216.34")).resolves.toBeUndefined();
  });

  it("draws the server form with secrets marked and SFTP first", () => {
    const fields = describeCredentials(fileServerCredentialsSchema);
    expect(fields.find((f) => f.key === "protocol")).toMatchObject({ input: "select", options: ["sftp", "ftps", "ftp"], defaultValue: "sftp" });
    expect(fields.filter((f) => f.secret).map((f) => f.key)).toEqual(["password", "privateKey"]);
    expect(fileServerCredentialsSchema.safeParse({ host: "ftp.3pl.se; rm -rf /", username: "u" }).success).toBe(false);
  });

  it("draws folders, formats and field names with the seed 001 defaults, and refuses a broken mapping", () => {
    const fields = describeCredentials(fileWarehouseSettingsSchema);
    expect(fields.find((f) => f.key === "ordersFolder")?.defaultValue).toBe("export/orders");
    expect(fields.find((f) => f.key === "statusFolder")?.defaultValue).toBe("import/orderstatus");
    expect(fields.find((f) => f.key === "statusFormat")).toMatchObject({ input: "select", options: ["csv", "txt", "json", "xml"] });
    expect(fields.find((f) => f.key === "historyKeep")?.defaultValue).toBe(50);
    expect(fileWarehouseSettingsSchema.safeParse({ statusValues: "7=sent" }).success).toBe(false);
    expect(fileWarehouseSettingsSchema.safeParse({ statusValues: "7=shipped; 4=picking" }).success).toBe(true);
    expect(fileWarehouseSettingsSchema.safeParse({ orderFields: "colour=Farbe" }).success).toBe(false);
  });
});
