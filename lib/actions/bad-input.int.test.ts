import fc from "fast-check";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeCredentials, getConnector } from "@/lib/connectors";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzzAsync } from "@/lib/testing/fuzz";
import { STATUS_MAPPING_KEYS } from "@/lib/wizard/prefill";
import { describeOutcome, outcomeOf } from "@/security/isolation/outcome";
import { actAs } from "@/security/isolation/session";
import { tenantWorld, type TenantWorld } from "@/security/isolation/worlds";
import type { ActionState } from "./action-state";

/**
 * Bad input through the server actions themselves, as the owner of a tenant that has something
 * in every table: whatever is submitted, the action answers (never throws), a refusal names a
 * field of the form or says in words what is wrong, and a refused submission leaves every row of
 * the tenant exactly as it was.
 */
vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => {
  const session = await import("@/security/isolation/session");
  return { cookies: async () => session.cookieStore(), headers: async () => session.request.headers };
});
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));
vi.mock("@/lib/auth", async (original) => {
  const actual = await original<typeof import("@/lib/auth")>();
  const session = await import("@/security/isolation/session");
  return { ...actual, auth: async () => session.currentSession() };
});
process.env.AUTH_SECRET ??= "bad-input-secret-bad-input-secret-0123456";

const linkActions = await import("./link-actions");
const tenantActions = await import("./tenant-actions");
const keyActions = await import("./api-key-actions");
const connectionActions = await import("./connection-actions");
const wizardActions = await import("./wizard-actions");
const orderActions = await import("./order-actions");

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

let w: TenantWorld;
let sql: postgres.Sql;
let tables: string[] = [];
beforeAll(async () => {
  w = await tenantWorld("Forms");
  sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  tables = (
    await sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' order by 1`
  ).map((r) => r.table_name);
}, 300_000);
afterAll(async () => {
  await sql?.end();
  await w?.sim.close();
});

/** Every row of the tenant (as the table owner, past row-level security), its team row and its members' user rows. */
async function tenantSnapshot(tenantId: string): Promise<string> {
  const parts = await Promise.all([
    ...tables.map((table) => sql`select * from ${sql(table)} where tenant_id = ${tenantId} order by 1, 2`),
    sql`select * from tenants where id = ${tenantId}`,
    sql`select u.* from users u join memberships m on m.user_id = u.id where m.tenant_id = ${tenantId} order by u.id`,
  ]);
  return JSON.stringify(parts);
}

function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return form;
}

const maybe = (value: fc.Arbitrary<string>) => fc.option(value, { nil: undefined });
const idLike = fc.oneof(oddText, fc.uuid(), fc.constantFrom("1", "null", "../x"));

/**
 * Submits generated forms to one action. `fields` are the form's own inputs (a fieldError must
 * name one of them); `changes` tells a submission that may legitimately change rows (accepted,
 * or "Saved, but the test failed") from a refusal, which must change nothing.
 */
async function fuzzAction(ctx: Parameters<typeof fuzzAsync>[0], name: string, action: Action, form: fc.Arbitrary<Record<string, string | string[] | undefined>>, fields: readonly string[], runs = 12) {
  await fuzzAsync(ctx, `forms (DB): ${name}`, fc.asyncProperty(form, async (raw) => {
    const submitted = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<string, string | string[]>;
    actAs(w.owner.userId, { lagerbro_tenant: w.tenantId });
    const before = await tenantSnapshot(w.tenantId);
    const outcome = await outcomeOf(() => action({ status: "idle" }, formOf(submitted)));
    expect(outcome.kind, `${name}: ${describeOutcome(outcome)}`).not.toBe("threw");
    if (outcome.kind !== "returned") return; // a redirect: the step was accepted
    const state = outcome.value as ActionState;
    if (state.status !== "error") return;
    expect(state.message ?? Object.values(state.fieldErrors ?? {})[0] ?? "", `${name}: a refusal without words`).toMatch(/[A-Za-z]{3}/);
    expect(state.message ?? "").not.toBe("Something went wrong on our side. Please try again.");
    for (const key of Object.keys(state.fieldErrors ?? {})) expect(fields, `${name}: error on "${key}", not a field of the form`).toContain(key);
    if (state.message?.startsWith("Saved")) return;
    expect(await tenantSnapshot(w.tenantId), `${name}: a refused form changed rows`).toEqual(before);
  }), runs);
}

describe("server actions under bad input: a worded refusal, nothing stored half", () => {
  it("regression: a name with NUL characters is saved without them (Postgres refuses NUL in text)", async () => {
    actAs(w.owner.userId, { lagerbro_tenant: w.tenantId });
    const state = await tenantActions.renameTenantAction({ status: "idle" }, formOf({ name: `${w.name}\u0000\u0000` }));
    expect(state).toMatchObject({ status: "success" });
    expect(await tenantSnapshot(w.tenantId)).toContain(`"name":"${w.name}"`);
  });

  it("shop connection credentials", async (ctx) => {
    const keys = describeCredentials(getConnector("plentymarkets").credentialSchema).filter((f) => f.input !== "url").map((f) => f.key);
    const form = fc.record(Object.fromEntries(keys.map((k) => [k, maybe(fc.oneof(oddText, fc.constantFrom("0", "-1", "12", "104", "abc")))])));
    await fuzzAction(ctx, "connection credentials", connectionActions.updateCredentialsAction, form.map((f) => ({ ...f, connectionId: w.sourceConnectionId })), keys, 10);
  });

  it("team name", async (ctx) => {
    await fuzzAction(ctx, "team settings", tenantActions.renameTenantAction, fc.record({ name: maybe(fc.oneof(oddText, fc.constant("x"))) }), ["name"]);
  });

  it("invitations", async (ctx) => {
    const form = fc.record({ email: maybe(fc.oneof(oddText, fc.constantFrom("a@b", "no-at-sign", w.owner.email))), role: maybe(fc.oneof(oddText, fc.constantFrom("owner", "admin", "member", "god"))) });
    await fuzzAction(ctx, "invitations", tenantActions.inviteMemberAction, form, ["email", "role"]);
  });

  it("member roles and removal", async (ctx) => {
    const form = fc.record({ userId: maybe(idLike), role: maybe(fc.oneof(oddText, fc.constantFrom("owner", "admin", "member"))) });
    await fuzzAction(ctx, "member role", tenantActions.changeMemberRoleAction, form, ["userId", "role"], 10);
    await fuzzAction(ctx, "member removal", tenantActions.removeMemberAction, fc.record({ userId: maybe(idLike) }), ["userId"], 10);
  });

  it("API keys", async (ctx) => {
    await fuzzAction(ctx, "API key name", keyActions.createApiKeyAction, fc.record({ name: maybe(fc.oneof(oddText, fc.constantFrom("", " ", "x".repeat(101)))) }), ["name"]);
    await fuzzAction(ctx, "API key revoke", keyActions.revokeApiKeyAction, fc.record({ keyId: maybe(idLike) }), ["keyId"], 10);
  });

  it("link mappings", async (ctx) => {
    const statusValue = fc.oneof(oddText, fc.constantFrom("5", "5.1", "7", "a", "5.", ""));
    const form = fc.record({
      ...Object.fromEntries(STATUS_MAPPING_KEYS.slice(0, 4).map((k) => [k, maybe(statusValue)])),
      cancelStatuses: maybe(fc.oneof(oddText, fc.constantFrom("8, 8.1", "8;x"))),
      skuPolicy: maybe(fc.oneof(oddText, fc.constantFrom("same", "mapped"))),
      skuMap: maybe(fc.oneof(oddText, fc.constantFrom("A, B", "A;", '"A,B'))),
      "ship:6": maybe(oddText),
    });
    const fields = [...STATUS_MAPPING_KEYS, "cancelStatuses", "skuPolicy", "skuMap", "skuFile"];
    await fuzzAction(ctx, "link mappings", linkActions.updateLinkMappingsAction, form.map((f) => ({ ...f, linkId: w.linkId })), fields);
  });

  it("wizard: sync settings step", async (ctx) => {
    const form = fc.record({ name: maybe(oddText), scheduleMinutes: maybe(fc.oneof(oddText, fc.constantFrom("1", "5", "15", "60", "7"))), customerEmailBy: maybe(fc.oneof(oddText, fc.constantFrom("shop", "3pl"))) });
    await fuzzAction(ctx, "wizard settings", wizardActions.saveSettingsAction, form.map((f) => ({ ...f, draftId: w.draftId })), ["name", "scheduleMinutes", "customerEmailBy"]);
  });

  it("order and problem controls: retry, cancel, retry problems", async (ctx) => {
    await fuzzAction(ctx, "order cancel", orderActions.cancelOrderAction, fc.record({ orderId: maybe(idLike), reason: maybe(oddText) }), ["orderId", "reason"], 10);
    await fuzzAction(ctx, "order retry", orderActions.retryOrderAction, fc.record({ orderId: maybe(idLike) }), ["orderId"], 10);
    await fuzzAction(ctx, "problems retry", orderActions.retryExceptionsAction, fc.record({ exceptionId: maybe(fc.oneof(idLike, fc.array(idLike, { maxLength: 3 }).map((a) => a.join("")))) }), ["exceptionId"], 10);
  });
});
