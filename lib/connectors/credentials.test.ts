import { describe, expect, it } from "vitest";
import { z } from "zod";
import { credentialField, describeCredentials, publicCredentialView, secretKeys } from "./credentials";

const schema = z.object({
  url: credentialField(z.url(), { label: "Backend URL", help: "Setup » Settings » API » Data", placeholder: "https://p1000.my.plentysystems.com" }),
  username: credentialField(z.string().min(1), { label: "Username" }),
  password: credentialField(z.string().min(1), { label: "Password", secret: true }),
  plentyId: credentialField(z.coerce.number().int(), { label: "plentyID", input: "number" }),
  readyStatus: credentialField(z.string(), { label: "Ready status" }).default("5"),
  mode: credentialField(z.enum(["live", "test"]), { label: "Mode" }).optional(),
  plain: z.string().optional(),
});

describe("describeCredentials", () => {
  it("lists fields in order with their metadata, requiredness, defaults and options", () => {
    const fields = describeCredentials(schema);
    expect(fields.map((f) => f.key)).toEqual(["url", "username", "password", "plentyId", "readyStatus", "mode", "plain"]);
    expect(fields[0]).toEqual({
      key: "url",
      label: "Backend URL",
      help: "Setup » Settings » API » Data",
      placeholder: "https://p1000.my.plentysystems.com",
      secret: false,
      input: "url",
      required: true,
    });
    expect(fields[2]).toMatchObject({ key: "password", secret: true, input: "password", required: true });
    expect(fields[3]).toMatchObject({ input: "number" });
    expect(fields[4]).toMatchObject({ label: "Ready status", required: false, defaultValue: "5", input: "text" });
    expect(fields[5]).toMatchObject({ label: "Mode", required: false, input: "select", options: ["live", "test"] });
    expect(fields[6]).toMatchObject({ label: "plain", secret: false, required: false });
  });

  it("names the secret keys", () => {
    expect(secretKeys(schema)).toEqual(["password"]);
  });

  it("never hands secrets back, nor keys the schema does not know", () => {
    const view = publicCredentialView(schema, { url: "https://x", username: "anna", password: "hunter2", sneaky: "s3cret" });
    expect(view.password).toEqual({ set: true });
    expect(view.username).toBe("anna");
    expect(view).not.toHaveProperty("sneaky");
    expect(JSON.stringify(view)).not.toContain("hunter2");
    expect(publicCredentialView(schema, { password: "" }).password).toEqual({ set: false });
  });

  it("still validates with the metadata attached", () => {
    expect(schema.safeParse({ url: "https://x.example", username: "a", password: "b", plentyId: "1000" }).success).toBe(true);
    expect(schema.safeParse({ url: "nope", username: "a", password: "b", plentyId: 1 }).success).toBe(false);
  });
});
