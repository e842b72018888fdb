import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getConnector, listConnectors } from "./index";
import { credentialField } from "./credentials";
import { defineConnector, type AnyConnector } from "./types";

describe("registry", () => {
  it("throws a clear error for an unknown id", () => {
    expect(() => getConnector("nope")).toThrow(/unknown connector "nope"/);
  });

  it("lists every registered connector with a unique id and a side that has its operations", () => {
    const all = listConnectors();
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) {
      if (c.side !== "warehouse") expect(c.source, c.id).toBeDefined();
      if (c.side !== "source") expect(c.warehouse, c.id).toBeDefined();
      expect(getConnector(c.id)).toBe(c);
    }
    for (const c of listConnectors("source")) expect(["source", "both"]).toContain(c.side);
    for (const c of listConnectors("warehouse")) expect(["warehouse", "both"]).toContain(c.side);
  });
});

describe("defineConnector", () => {
  const credentialSchema = z.object({ token: credentialField(z.string(), { label: "Token", secret: true }) });
  const warehouse = {
    submitOrder: async () => ({ warehouseRef: "1", status: "accepted" as const, created: true }),
    cancelOrder: async () => ({ outcome: "cancelled" as const }),
    listChanges: async () => ({ items: [], nextCursor: null, hasMore: false }),
  };

  it("keeps a typed connector assignable to the registry type", () => {
    const connector = defineConnector<{ token: string }>({
      id: "demo",
      label: "Demo",
      side: "warehouse",
      credentialSchema,
      baseUrl: () => "https://demo.example",
      testConnection: async (ctx) => ({ account: { id: ctx.credentials.token.slice(0, 2), name: "demo" }, discovered: {} }),
      warehouse,
    });
    const asAny: AnyConnector = connector;
    expect(asAny.id).toBe("demo");
  });

  it("refuses a connector whose side lacks its operations", () => {
    expect(() =>
      defineConnector({ id: "broken", label: "Broken", side: "both", credentialSchema, baseUrl: () => "", testConnection: async () => ({ account: { id: "", name: "" }, discovered: {} }), warehouse }),
    ).toThrow(/side both needs source operations/);
  });
});
