import { describe, expect, it } from "vitest";
import { describeCredentials, getConnector, publicCredentialView } from "../index";
import { WEMALO_API_URL } from "./credentials";

describe("wemalo in the registry", () => {
  it("is a warehouse connector whose credential form hides the REST key", () => {
    const connector = getConnector("wemalo");
    expect(connector.side).toBe("warehouse");
    const fields = describeCredentials(connector.credentialSchema);
    expect(fields.map((f) => [f.key, f.secret, f.required])).toEqual([
      ["apiToken", true, true],
      ["shop", false, false],
      ["apiUrl", false, false],
      ["notificationEmail", false, false],
    ]);
    expect(fields.find((f) => f.key === "apiUrl")).toMatchObject({ input: "url", defaultValue: WEMALO_API_URL });
    const stored = connector.credentialSchema.parse({ apiToken: "eyJ.secret.key" });
    expect(connector.baseUrl(stored)).toBe(WEMALO_API_URL);
    expect(publicCredentialView(connector.credentialSchema, stored)).toMatchObject({ apiToken: { set: true }, apiUrl: WEMALO_API_URL });
    expect(JSON.stringify(publicCredentialView(connector.credentialSchema, stored))).not.toContain("eyJ.secret.key");
  });
});
