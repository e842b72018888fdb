import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestClock } from "@/lib/http/clock";
import { PartnerError } from "@/lib/http/errors";
import { InMemoryRequestLogSink } from "@/lib/http/request-log";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createConnectorContext } from "./context";
import { credentialField } from "./credentials";
import { defineConnector } from "./types";

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const credentialSchema = z.object({
  url: credentialField(z.url(), { label: "URL" }),
  user: credentialField(z.string(), { label: "User" }),
  password: credentialField(z.string(), { label: "Password", secret: true }),
});
const settingsSchema = z.object({ readyStatus: credentialField(z.string(), { label: "Ready status" }).default("5") });

/** A toy connector that logs in for a token and re-logs in on 401, as plentymarkets does. */
function toyConnector() {
  let logins = 0;
  const connector = defineConnector<z.infer<typeof credentialSchema>, z.infer<typeof settingsSchema>>({
    id: "toy",
    label: "Toy",
    side: "warehouse",
    credentialSchema,
    settingsSchema,
    baseUrl: (c) => c.url,
    auth: ({ credentials, http }) => {
      let token: string | undefined;
      const login = async () => {
        logins += 1;
        const res = await http.post("/login", { username: credentials.user, password: credentials.password }, { schema: z.object({ access_token: z.string() }) });
        token = res.data.access_token;
      };
      return {
        headers: async () => {
          if (!token) await login();
          return { authorization: `Bearer ${token}` };
        },
        onUnauthorized: async () => {
          token = undefined;
          return true;
        },
      };
    },
    testConnection: async (ctx) => {
      const res = await ctx.http.get("/me", { schema: z.object({ name: z.string() }) });
      return { account: { id: ctx.credentials.user, name: res.data.name }, discovered: { statuses: [{ id: ctx.settings.readyStatus, label: "ready" }] } };
    },
    warehouse: {
      submitOrder: async () => ({ warehouseRef: "1", status: "accepted", created: true }),
      cancelOrder: async () => ({ outcome: "cancelled" }),
      listChanges: async () => ({ items: [], nextCursor: null, hasMore: false }),
    },
  });
  return { connector, logins: () => logins };
}

describe("createConnectorContext", () => {
  it("validates credentials, applies setting defaults, authenticates and re-authenticates after a 401", async () => {
    let issued = 0;
    let valid = "";
    server = await serveFetchHandler(async (req) => {
      const path = new URL(req.url).pathname;
      if (path === "/login") {
        const body = (await req.json()) as { password: string };
        if (body.password !== "correct-horse") return Response.json({ error: "denied" }, { status: 401 });
        valid = `t${++issued}`;
        return Response.json({ access_token: valid });
      }
      if (req.headers.get("authorization") !== `Bearer ${valid}`) return Response.json({ error: "expired" }, { status: 401 });
      return Response.json({ name: "Lager GmbH" });
    });
    const { connector, logins } = toyConnector();
    const log = new InMemoryRequestLogSink();
    const ctx = createConnectorContext({
      connector,
      tenantId: "t1",
      connectionId: "c1",
      credentials: { url: server.url, user: "anna", password: "correct-horse" },
      allowPrivateUrls: true,
      requestLog: log,
      http: { clock: createTestClock() },
    });
    expect(ctx.settings.readyStatus).toBe("5");
    const result = await connector.testConnection(ctx);
    expect(result).toEqual({ account: { id: "anna", name: "Lager GmbH" }, discovered: { statuses: [{ id: "5", label: "ready" }] } });

    valid = "expired-by-server";
    await connector.testConnection(ctx);
    expect(logins()).toBe(2);
    expect(JSON.stringify(log.entries)).not.toContain("correct-horse");
    expect(log.entries.every((e) => e.connectionId === "c1" && e.partner === "toy")).toBe(true);
  });

  it("refuses a private base URL unless allowed", async () => {
    server = await serveFetchHandler(async () => Response.json({ name: "x" }));
    const { connector } = toyConnector();
    const ctx = createConnectorContext({
      connector,
      tenantId: "t1",
      connectionId: "c2",
      credentials: { url: server.url, user: "anna", password: "pw" },
      allowPrivateUrls: false,
    });
    const error = await connector.testConnection(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerError);
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "unsafe_url" });
    expect((error as Error).message).toContain('"127.0.0.1"');
  });

  it("rejects credentials that do not match the schema as needs_merchant, naming fields not values", () => {
    const { connector } = toyConnector();
    let error: unknown;
    try {
      createConnectorContext({ connector, tenantId: "t", connectionId: "c", credentials: { url: "nope-secret-url", user: "a" }, allowPrivateUrls: true });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected" });
    expect((error as Error).message).toMatch(/^toy credentials incomplete or invalid: url: .*; password: /);
    expect((error as Error).message).not.toContain("nope-secret-url");
  });
});
