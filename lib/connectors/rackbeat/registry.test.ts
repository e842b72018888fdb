import { describe, expect, it } from "vitest";
import { describeCredentials, getConnector, listConnectors, publicCredentialView } from "@/lib/connectors";
import type { CredentialSchema } from "@/lib/connectors/credentials";

describe("Rackbeat and Webshipper in the registry (seed 002: either can be source or the other side)", () => {
  it("both are offered for both sides of a link", () => {
    for (const side of ["source", "warehouse"] as const) {
      expect(listConnectors(side).map((c) => c.id)).toEqual(expect.arrayContaining(["rackbeat", "webshipper"]));
    }
  });

  it("tokens are secret fields and never shown again; the trigger is a select of the two seed triggers", () => {
    for (const id of ["rackbeat", "webshipper"]) {
      const connector = getConnector(id);
      const fields = describeCredentials(connector.credentialSchema);
      expect(fields.find((f) => f.key === "apiToken")).toMatchObject({ secret: true, input: "password", required: true });
      expect(publicCredentialView(connector.credentialSchema, { apiToken: "t0ken" }).apiToken).toEqual({ set: true });
      const trigger = describeCredentials(connector.settingsSchema as CredentialSchema).find((f) => f.key === "trigger");
      expect(trigger).toMatchObject({ input: "select", options: ["order_created", "shipment_created"], defaultValue: "order_created" });
      expect(trigger!.help).toContain("Volume is not synced");
    }
  });

  it("both register their webhooks by API", () => {
    expect(getConnector("webshipper").webhooks?.register).toBeTypeOf("function");
    expect(getConnector("rackbeat").webhooks?.register).toBeTypeOf("function");
  });
});
