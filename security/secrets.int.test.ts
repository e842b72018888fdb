import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { withoutTenant, withTenant } from "@/db";
import { devMailbox, orders, outbox, webhookDeliveries } from "@/db/schema";
import { updateConnectionCredentials } from "@/lib/connections/store";
import { testStoredConnection } from "@/lib/connections/open";
import { intakeLink } from "@/lib/pipeline/intake";
import { recordFailure, recordLinkFailure } from "@/lib/pipeline/record-failure";
import { sendOrder } from "@/lib/pipeline/send-order";
import { pollWarehouseChanges } from "@/lib/pipeline/status-poll";
import { SANDBOX_WEMALO_SHOP, SANDBOX_WEMALO_TOKEN } from "@/lib/sandbox/wemalo";
import { sandboxUser } from "@/lib/sandbox/plentymarkets";
import { processWebhookDelivery } from "@/lib/webhooks/process-delivery";
import { absolute, discoverPages, discoverRoutes } from "./isolation/discover";
import { describeOutcome, outcomeOf } from "./isolation/outcome";
import { resolveTree } from "./isolation/render-tree";
import { actAs, envOverride } from "./isolation/session";
import { tenantSnapshot, tenantWorld, type TenantWorld } from "./isolation/worlds";

/**
 * Secrets never leave their safe: a tenant's connections get recognisable credentials, a pipeline
 * pass meets failures (5xx and garbled bodies from the warehouse, then a wrong password at the
 * shop), a webhook arrives, the merchant uses the forms, and then every place a secret could
 * surface is searched for every secret: the process's log output, every row stored for the tenant
 * (timelines, exceptions, request logs, webhook deliveries, audit events, outbox), the answers of
 * server actions, every page as the merchant sees it and every route handler's answer.
 */

// Recognisable values for the app's own secrets, set before anything reads the environment.
const APP_SECRETS = vi.hoisted(() => {
  const keyBytes = Buffer.from("SECRET-encryption-key-0123456789"); // 32 bytes
  const values = {
    authSecret: "SECRET-auth-9d7c5b3a1f2e4d6c8b0a1f3e5d7c9b2a",
    signingKey: `signkey-test-${"5ec2e7".repeat(10)}`,
    eventKey: "SECRET-inngest-event-key-44b1",
    encryptionKey: keyBytes.toString("base64"),
    smtpPassword: "SECRET-smtp-pass-a7f3c9",
  };
  process.env.AUTH_SECRET = values.authSecret;
  process.env.INNGEST_SIGNING_KEY = values.signingKey;
  process.env.INNGEST_EVENT_KEY = values.eventKey;
  process.env.INNGEST_BASE_URL = "http://127.0.0.1:9";
  process.env.ENCRYPTION_KEYS = `k1:${values.encryptionKey}`;
  return values;
});

// The request a page, action or handler runs in, as in the isolation walk.
vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => {
  const session = await import("./isolation/session");
  return { cookies: async () => session.cookieStore(), headers: async () => session.request.headers };
});
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));
vi.mock("@/lib/auth", async (original) => {
  const actual = await original<typeof import("@/lib/auth")>();
  const session = await import("./isolation/session");
  const { signInForWalk } = await import("./isolation/sign-in");
  return { ...actual, auth: async () => session.currentSession(), signIn: signInForWalk };
});
vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  const session = await import("./isolation/session");
  const env = () => ({ ...actual.env(), ...session.envOverride }) as ReturnType<typeof actual.env>;
  return { ...actual, env, isProduction: () => env().LAGERBRO_ENV === "production" };
});
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// ------------------------------------------------------------------ the log output, captured
const logged: string[] = [];
const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack ?? ""}` : typeof a === "string" ? a : safeJson(a))).join(" ");
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
for (const level of ["log", "info", "warn", "error", "debug", "trace"] as const) {
  const original = console[level].bind(console);
  vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    logged.push(text(args));
    // React's warning when the render walk calls a client component is noise here.
    if (!(typeof args[0] === "string" && args[0].startsWith("Invalid hook call"))) original(...args);
  });
}
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    logged.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
}

// ------------------------------------------------------------------ the tenant and its secrets
const PLENTY_USER = { username: "secret-api-user", password: "SECRET-plenty-pw-7c1e9a3f55", userId: 77 };
const WRONG_PASSWORD = "SECRET-wrong-pw-4b2d8e6a19";
const WRONG_PASSWORD_FORM = "SECRET-wrong-pw-form-61f0c2";

let w: TenantWorld;
const secrets: Record<string, string> = {};
/** Everything gathered for the search, by where it was found. */
const places: Record<string, string> = {};
const TENANT_COOKIE = "lagerbro_tenant";

function gather(place: string, value: unknown): void {
  const serialised = typeof value === "string" ? value : JSON.stringify(value, (_k, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}` : typeof v === "bigint" ? String(v) : v));
  places[place] = `${places[place] ?? ""}\n${serialised ?? ""}`;
}

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

async function settle<T>(run: () => Promise<T>): Promise<T | Error> {
  try {
    return await run();
  } catch (error) {
    return error as Error;
  }
}

beforeAll(async () => {
  w = await tenantWorld("Secret");
  const { plenty, wemalo } = w.sim;

  // Recognisable credentials on both connections.
  plenty.control.addUser(PLENTY_USER);
  const wemaloToken = wemalo.control.issueToken(SANDBOX_WEMALO_SHOP);
  await updateConnectionCredentials(w.tenantId, w.sourceConnectionId, { username: PLENTY_USER.username, password: PLENTY_USER.password });
  await updateConnectionCredentials(w.tenantId, w.warehouseConnectionId, { apiToken: wemaloToken });
  Object.assign(secrets, {
    ...APP_SECRETS,
    encryptionKeyText: Buffer.from(APP_SECRETS.encryptionKey, "base64").toString("utf8"),
    plentyPassword: PLENTY_USER.password,
    wrongPassword: WRONG_PASSWORD,
    wrongPasswordTypedInForm: WRONG_PASSWORD_FORM,
    wemaloToken,
    webhookSecret: w.webhookSecret,
    pullApiKey: w.apiKey,
    sandboxPlentyPassword: sandboxUser.password,
    sandboxWemaloToken: SANDBOX_WEMALO_TOKEN,
  });

  // A pipeline pass that meets failures: new orders, a warehouse answering 5xx and garbled bodies.
  plenty.control.createOrders(4);
  await intakeLink(w.tenantId, w.linkId);
  await withTenant(w.tenantId, (tx) => tx.update(outbox).set({ sentAt: new Date() }).where(isNull(outbox.sentAt)));
  wemalo.control.setFaults({ serverErrorRate: 0.4, malformedRate: 0.4 });
  const waiting = await withTenant(w.tenantId, (tx) => tx.select({ id: orders.id }).from(orders).where(and(eq(orders.linkId, w.linkId), eq(orders.status, "received"))));
  for (const { id } of waiting) {
    const sent = await settle(() => sendOrder(w.tenantId, id));
    if (sent instanceof Error) await recordFailure(w.tenantId, id, sent, "Sending the order");
  }
  const polled = await settle(() => pollWarehouseChanges(w.tenantId, w.linkId));
  if (polled instanceof Error) await recordLinkFailure(w.tenantId, w.linkId, polled, "status poll");
  wemalo.control.setFaults({ serverErrorRate: 0, malformedRate: 0 });

  // The shop's password is changed to a wrong one: the test and the intake fail.
  await updateConnectionCredentials(w.tenantId, w.sourceConnectionId, { password: WRONG_PASSWORD });
  gather("connection test result", await settle(() => testStoredConnection(w.tenantId, w.sourceConnectionId)));
  const intake = await settle(() => intakeLink(w.tenantId, w.linkId));
  if (intake instanceof Error) await recordLinkFailure(w.tenantId, w.linkId, intake, "intake");

  // A wemalo webhook (its body carries our secret as token), stored and processed; one with a wrong token.
  const route = (await import(/* @vite-ignore */ absolute("app/api/webhooks/[token]/route.ts"))) as { POST: (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response> };
  const [first] = await withTenant(w.tenantId, (tx) => tx.select().from(orders).where(eq(orders.linkId, w.linkId)).limit(1));
  for (const token of [w.webhookSecret, "not-our-token"]) {
    const body = JSON.stringify({ token, eventData: { orderId: 1, externalId: first!.orderNumber, statusName: "INPICKING" } });
    const response = await route.POST(new Request(`http://localhost:3000/api/webhooks/${w.webhookToken}`, { method: "POST", headers: { "content-type": "application/json" }, body }), { params: Promise.resolve({ token: w.webhookToken }) });
    gather("route handlers", await response.text());
  }
  const deliveries = await withTenant(w.tenantId, (tx) => tx.select({ id: webhookDeliveries.id }).from(webhookDeliveries));
  for (const d of deliveries) gather("webhook processing", await settle(() => processWebhookDelivery(w.tenantId, d.id)));

  // The merchant at the forms, signed in as the owner of the tenant.
  actAs(w.owner.userId, { [TENANT_COOKIE]: w.tenantId });
  const connectionActions = await import("@/lib/actions/connection-actions");
  gather("server actions", await outcomeOf(() => connectionActions.testConnectionAction({ status: "idle" }, formOf({ connectionId: w.sourceConnectionId }))));
  gather("server actions", await outcomeOf(() => connectionActions.updateCredentialsAction({ status: "idle" }, formOf({ connectionId: w.sourceConnectionId, password: WRONG_PASSWORD_FORM }))));
  gather("server actions", await outcomeOf(() => connectionActions.testConnectionAction({ status: "idle" }, formOf({ connectionId: w.warehouseConnectionId }))));
  // Mail goes out by SMTP from here on, to a server that is not there.
  envOverride.SMTP_URL = `smtp://mailer:${APP_SECRETS.smtpPassword}@127.0.0.1:9`;
  const tenantActions = await import("@/lib/actions/tenant-actions");
  gather("server actions", await outcomeOf(() => tenantActions.inviteMemberAction({ status: "idle" }, formOf({ email: `invitee-${Date.now()}@example.com`, role: "member" }))));
  delete envOverride.SMTP_URL;
  // A new API key is in its own answer once, by design; everywhere else it must not be.
  const keyActions = await import("@/lib/actions/api-key-actions");
  const created = await keyActions.createApiKeyAction({ status: "idle" }, formOf({ name: "secret test key" }));
  secrets.newApiKey = created.data?.key ?? "";
  gather("server actions", { ...created, data: { ...created.data, key: "[the one answer that shows it]" } });
}, 300_000);

afterAll(async () => {
  await w?.sim.close();
});

// ------------------------------------------------------------------ pages and route handlers
const pageFiles = discoverPages();
const routeFiles = discoverRoutes();

/** A page's own dynamic segments, filled with this tenant's ids. */
function paramsFor(file: string): Record<string, string> {
  const values: Record<string, string> = {
    id: w.orderId,
    linkId: w.linkId,
    connectionId: file.includes("connections") ? w.sourceConnectionId : w.warehouseConnectionId,
    draftId: w.draftId,
    step: "source",
    token: w.invitationToken,
  };
  return Object.fromEntries([...file.matchAll(/\[([^\]]+)\]/g)].map(([, name]) => [name!, values[name!] ?? "x"]));
}

async function renderPages(): Promise<number> {
  let rendered = 0;
  actAs(w.owner.userId, { [TENANT_COOKIE]: w.tenantId });
  const extra = [["app/(app)/connections/[connectionId]/page.tsx", { connectionId: w.warehouseConnectionId }]] as const;
  const jobs: Array<[string, Record<string, string>]> = [...pageFiles.map((f) => [f, paramsFor(f)] as [string, Record<string, string>]), ...extra.filter(([f]) => pageFiles.includes(f)).map(([f, p]) => [f, { ...p }] as [string, Record<string, string>])];
  for (const [file, params] of jobs) {
    const mod = (await import(/* @vite-ignore */ absolute(file))) as { default: (props: unknown) => unknown };
    const outcome = await outcomeOf(async () => resolveTree(await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve({}) })));
    gather("pages", { file, outcome: outcome.kind === "threw" ? describeOutcome(outcome) : outcome });
    if (outcome.kind === "returned") rendered += 1;
  }
  return rendered;
}

async function callRoutes(): Promise<number> {
  let answered = 0;
  const bearer = { authorization: `Bearer ${w.apiKey}` };
  const requests: Record<string, { path: string; params: Record<string, string | string[]> }> = {
    "app/api/auth/[...nextauth]/route.ts": { path: "/api/auth/session", params: { nextauth: ["session"] } },
    "app/api/inngest/route.ts": { path: "/api/inngest", params: {} },
    "app/api/pull/v1/[...path]/route.ts": { path: "/api/pull/v1/nothing-here", params: { path: ["nothing-here"] } },
    "app/api/pull/v1/customers/[customerNo]/orders/route.ts": { path: `/api/pull/v1/customers/${encodeURIComponent(w.customerNo)}/orders`, params: { customerNo: w.customerNo } },
    "app/api/pull/v1/customers/[customerNo]/orders/[orderNo]/route.ts": {
      path: `/api/pull/v1/customers/${encodeURIComponent(w.customerNo)}/orders/${encodeURIComponent(w.orderNo)}`,
      params: { customerNo: w.customerNo, orderNo: w.orderNo },
    },
    "app/api/pull/v1/customers/[customerNo]/invoices/route.ts": { path: `/api/pull/v1/customers/${encodeURIComponent(w.customerNo)}/invoices`, params: { customerNo: w.customerNo } },
    "app/api/pull/v1/customers/[customerNo]/invoices/[invoiceNo]/route.ts": {
      path: `/api/pull/v1/customers/${encodeURIComponent(w.customerNo)}/invoices/${encodeURIComponent(w.orderNo)}`,
      params: { customerNo: w.customerNo, invoiceNo: w.orderNo },
    },
  };
  actAs(w.owner.userId, { [TENANT_COOKIE]: w.tenantId });
  for (const file of routeFiles) {
    const mod = (await import(/* @vite-ignore */ absolute(file))) as Record<string, unknown>;
    if (typeof mod.GET !== "function") continue;
    const spec = requests[file] ?? { path: `/${file.replace(/^app\//, "").replace(/\/route\.ts$/, "").replace(/\[[^\]]+\]/g, "x").replace(/\([^)]*\)\//g, "")}`, params: paramsFor(file) };
    const handler = mod.GET as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
    const outcome = await outcomeOf(() => handler(new NextRequest(`http://localhost:3000${spec.path}`, { headers: bearer }), { params: Promise.resolve(spec.params) }));
    if (outcome.kind === "returned" && outcome.value instanceof Response) {
      gather("route handlers", { file, status: outcome.value.status, headers: [...outcome.value.headers], body: await outcome.value.text() });
      answered += 1;
    } else {
      gather("route handlers", { file, outcome: describeOutcome(outcome) });
    }
  }
  return answered;
}

/** The secrets found in a place, by name. */
function leaksIn(place: string): string[] {
  const haystack = places[place] ?? "";
  return Object.entries(secrets)
    .filter(([, value]) => value.length >= 8 && haystack.includes(value))
    .map(([name]) => name);
}

describe("secrets never reach logs, stored rows, answers or pages", () => {
  it("the failures really happened, so there was something to leak", async () => {
    const snapshot = await tenantSnapshot(w.tenantId);
    expect(snapshot.exceptions!.length, "exceptions raised by the failures").toBeGreaterThan(0);
    expect(snapshot.connection_requests!.length, "requests logged").toBeGreaterThan(0);
    expect(snapshot.webhook_deliveries!.length, "webhook deliveries stored").toBeGreaterThan(0);
    expect(JSON.stringify(snapshot.connections), "the shop connection records its failure").toMatch(/credentials|rejected|password|401/i);
    expect(places["server actions"]).toMatch(/Saved, but the test failed|test failed|rejected/i);
  });

  it("the search finds a secret where one is shown on purpose (the check can fail)", () => {
    expect(secrets.newApiKey).toMatch(/\S{20,}/);
    const probe = "probe";
    places[probe] = JSON.stringify({ key: secrets.newApiKey });
    expect(leaksIn(probe)).toEqual(["newApiKey"]);
    delete places[probe];
  });

  it("every row stored for the tenant: timelines, exceptions, request logs, webhook deliveries, audit events, outbox, connections", async () => {
    const snapshot = await tenantSnapshot(w.tenantId);
    for (const [table, rows] of Object.entries(snapshot)) gather(`table ${table}`, rows);
    gather("table dev_mailbox", await withoutTenant((tx) => tx.select().from(devMailbox)));
    const tables = Object.keys(places).filter((p) => p.startsWith("table "));
    expect(tables.length).toBeGreaterThan(10);
    expect(Object.fromEntries(tables.map((t) => [t, leaksIn(t)]))).toEqual(Object.fromEntries(tables.map((t) => [t, []])));
  });

  it("the answers of server actions, webhook intake and connection tests", () => {
    for (const place of ["server actions", "webhook processing", "connection test result"]) expect(leaksIn(place), place).toEqual([]);
  });

  it("every page of the app, rendered for the tenant's owner", async () => {
    const rendered = await renderPages();
    console.info(`[secrets] searched ${rendered} rendered pages of ${pageFiles.length} page files`);
    expect(rendered).toBeGreaterThan(10);
    expect(places.pages).toContain(w.name);
    expect(leaksIn("pages")).toEqual([]);
  });

  it("every route handler's answer", async () => {
    const answered = await callRoutes();
    console.info(`[secrets] searched the answers of ${answered} route handlers of ${routeFiles.length}`);
    expect(answered).toBeGreaterThan(3);
    expect(leaksIn("route handlers")).toEqual([]);
  });

  it("the process's log output, through everything above", () => {
    places.logs = logged.join("\n");
    expect(places.logs.length).toBeGreaterThan(0);
    expect(leaksIn("logs")).toEqual([]);
  });
});
