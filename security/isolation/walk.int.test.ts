import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import { withoutTenant, withTenant } from "@/db";
import { users } from "@/db/schema";
import { uniqueEmail } from "@/db/testing/fixtures";
import { setLinkStatus } from "@/lib/pipeline/links";
import { actionCases } from "./cases/actions";
import { pageCases } from "./cases/pages";
import { routeCases } from "./cases/routes";
import { absolute, discoverActionModules, discoverInlineServerActions, discoverLayouts, discoverPages, discoverRoutes } from "./discover";
import { describeOutcome, outcomeOf, type Outcome } from "./outcome";
import { resolveTree } from "./render-tree";
import { actAs, envOverride, request } from "./session";
import type { Access, Walk } from "./walk";
import { tenantSnapshot, tenantWorld } from "./worlds";

// As in production: Inngest's route runs nothing without a request signed with this key.
vi.hoisted(() => {
  process.env.INNGEST_SIGNING_KEY = `signkey-test-${"ab".repeat(32)}`;
  process.env.INNGEST_BASE_URL = "http://127.0.0.1:9"; // nothing listens: a sync attempt fails here instead of calling out
});

// The request a page, action or handler runs in: the walk's fake session and cookies.
vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => {
  const session = await import("./session");
  return { cookies: async () => session.cookieStore(), headers: async () => session.request.headers };
});
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));
vi.mock("@/lib/auth", async (original) => {
  const actual = await original<typeof import("@/lib/auth")>();
  const session = await import("./session");
  const { signInForWalk } = await import("./sign-in");
  const { redirect } = await import("next/navigation");
  return {
    ...actual,
    auth: async () => session.currentSession(),
    signIn: signInForWalk,
    signOut: async (options?: { redirectTo?: string }) => {
      session.request.userId = null;
      redirect(options?.redirectTo ?? "/");
    },
  };
});
vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  const session = await import("./session");
  const env = () => ({ ...actual.env(), ...session.envOverride }) as ReturnType<typeof actual.env>;
  return { ...actual, env, isProduction: () => env().LAGERBRO_ENV === "production" };
});
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
process.env.AUTH_SECRET ??= "isolation-walk-secret-isolation-walk-secret";

// Client components are called once to find out that they are client components (they call a hook); React's warning about it is noise here.
const consoleError = console.error.bind(console);
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith("Invalid hook call")) return;
  consoleError(...args);
});

let w: Walk;
const TENANT_COOKIE = "lagerbro_tenant";

beforeAll(async () => {
  const a = await tenantWorld("Alpha");
  const b = await tenantWorld("Beta");
  const email = uniqueEmail("loner");
  const [loner] = await withoutTenant((tx) => tx.insert(users).values({ email, name: "Lone Person" }).returning({ userId: users.id }));
  w = { a, b, loner: { userId: loner!.userId, email } };
}, 300_000);
/** What the walk did, printed at the end: the figures the issue asks for. */
const covered = { pages: new Set<string>(), routes: new Set<string>(), actions: new Set<string>(), attempts: 0 };
afterAll(async () => {
  console.log(
    `[isolation walk] covered ${[...covered.pages].filter((f) => f.endsWith("page.tsx")).length} pages, ${[...covered.pages].filter((f) => f.endsWith("layout.tsx")).length} layouts, ${covered.routes.size} route handlers, ${covered.actions.size} server actions; ${covered.attempts} attempts on tenant B, B unchanged after each`,
  );
  // Other test files share this database: leave no active link whose simulators are gone for a cron fan-out to find.
  for (const world of [w?.a, w?.b]) if (world) await setLinkStatus(world.tenantId, world.linkId, "paused");
  await w?.a.sim.close();
  await w?.b.sim.close();
});

/** The people who try: nobody, a user in no team, a member and an owner of A (whose team cookie names B). */
function actors(access: Access) {
  const forged = () => ({ [TENANT_COOKIE]: w.b.tenantId });
  return {
    anonymous: () => actAs(null),
    loner: () => actAs(w.loner.userId, forged()),
    memberOfA: () => actAs(w.a.member.userId, forged()),
    ownerOfA: () => actAs(w.a.owner.userId, forged()),
    access,
  };
}

/** Nothing of B in what A was shown, except what A itself sent. */
function expectNothingOfB(outcome: Outcome | unknown, sent: string, label: string) {
  const text = JSON.stringify(outcome, (_k, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}` : v)) ?? "";
  for (const marker of w.b.markers) {
    if (sent.includes(marker)) continue;
    expect(text.includes(marker), `${label} showed B's "${marker}": ${text.slice(0, 400)}`).toBe(false);
  }
}

async function expectBUnchanged(before: Record<string, unknown[]>, label: string) {
  const after = await tenantSnapshot(w.b.tenantId);
  for (const table of Object.keys(before)) expect(after[table], `${label}: B's ${table}`).toEqual(before[table]);
}

const refusedOrDenied = (o: Outcome) => o.kind === "notFound" || o.kind === "forbidden" || (o.kind === "returned" && (o.value as { status?: string } | undefined)?.status === "error");

// ---------------------------------------------------------------- server actions
const actionModules = discoverActionModules();
const actions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
for (const file of actionModules) {
  const mod = (await import(/* @vite-ignore */ absolute(file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) if (typeof value === "function") actions.set(`${file}#${name}`, value as never);
}

function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  return form;
}

function callAction(fn: (...args: unknown[]) => Promise<unknown>, form: FormData) {
  if (fn.length >= 2) return fn({ status: "idle" }, form);
  if (fn.length === 1) return fn(form);
  return fn();
}

describe("tenant isolation walk: server actions", () => {
  it("finds no server action declared inside a component (the walk could not reach it)", () => {
    expect(discoverInlineServerActions(), "files with an inline \"use server\": move the action to a \"use server\" module").toEqual([]);
  });

  it("has a case for every action in a \"use server\" module, and no case without one", () => {
    const ids = [...actions.keys()];
    expect(ids.filter((id) => !actionCases[id]), "actions without a case in security/isolation/cases/actions.ts").toEqual([]);
    expect(Object.keys(actionCases).filter((id) => !actions.has(id)), "cases whose action no longer exists").toEqual([]);
    expect(Object.entries(actionCases).filter(([, c]) => c.access === "public" && !c.why).map(([id]) => id), "public actions must say why").toEqual([]);
    console.log(`[isolation walk] server actions: ${ids.length} in ${actionModules.length} modules`);
  });

  it.for([...actions.keys()])("%s", async (id) => {
    const c = actionCases[id];
    expect(c, `no case for ${id}`).toBeDefined();
    const fn = actions.get(id)!;
    const who = actors(c!.access);
    const fields = c!.form(w);
    const sent = JSON.stringify([fields, c!.reveals?.(w)]);
    const before = await tenantSnapshot(w.b.tenantId);
    const run = async (as: () => void) => {
      as();
      covered.attempts += 1;
      return outcomeOf(() => callAction(fn, formOf(fields)));
    };

    const anonymous = await run(who.anonymous);
    if (c!.access !== "public") expect(anonymous, `anonymous: ${describeOutcome(anonymous)}`).toEqual({ kind: "redirect", to: "/sign-in" });
    expectNothingOfB(anonymous, sent, "anonymous");

    if (c!.access === "member" || c!.access === "admin") {
      const loner = await run(who.loner);
      expect(loner, `user in no team: ${describeOutcome(loner)}`).toEqual({ kind: "redirect", to: "/welcome" });
    }
    if (c!.access !== "public") {
      const member = await run(who.memberOfA);
      expect(member.kind, `member of A: ${describeOutcome(member)}`).not.toBe("threw");
      if (c!.access === "admin") {
        expect(member.kind === "returned" && (member.value as { message?: string }).message, `member of A: ${describeOutcome(member)}`).toMatch(/You need the admin role/);
      } else if (c!.asA === "refused") {
        expect(refusedOrDenied(member), `member of A with B's ids: ${describeOutcome(member)}`).toBe(true);
      }
      expectNothingOfB(member, sent, "member of A");
    }
    const owner = await run(who.ownerOfA);
    expect(owner.kind, `owner of A: ${describeOutcome(owner)}`).not.toBe("threw");
    if (c!.asA === "refused") expect(refusedOrDenied(owner), `owner of A with B's ids: ${describeOutcome(owner)}`).toBe(true);
    if (c!.access === "public" && c!.asA === "refused") expect(refusedOrDenied(anonymous), `anonymous with B's data: ${describeOutcome(anonymous)}`).toBe(true);
    expectNothingOfB(owner, sent, "owner of A");
    await expectBUnchanged(before, id);
    covered.actions.add(id);
  });
});

// ---------------------------------------------------------------- pages
const pageFiles = [...discoverPages(), ...discoverLayouts()];

async function renderPage(file: string, c: (typeof pageCases)[string]): Promise<Outcome> {
  const mod = (await import(/* @vite-ignore */ absolute(file))) as { default: (props: unknown) => unknown };
  const props = { params: Promise.resolve(c.params?.(w) ?? {}), searchParams: Promise.resolve(c.searchParams?.(w) ?? {}), children: null };
  return outcomeOf(async () => resolveTree(await mod.default(props)));
}

describe("tenant isolation walk: pages", () => {
  it("has a case for every page, and no case without one", () => {
    expect(pageFiles.filter((f) => !pageCases[f]), "pages without a case in security/isolation/cases/pages.ts").toEqual([]);
    expect(Object.keys(pageCases).filter((f) => !pageFiles.includes(f)), "cases whose page no longer exists").toEqual([]);
    expect(Object.entries(pageCases).filter(([, c]) => c.access === "public" && !c.why).map(([f]) => f), "public pages must say why").toEqual([]);
    console.log(`[isolation walk] pages: ${discoverPages().length}, layouts: ${discoverLayouts().length}`);
  });

  it.for(pageFiles)("%s", async (file) => {
    const c = pageCases[file];
    expect(c, `no case for ${file}`).toBeDefined();
    Object.assign(envOverride, c!.env ?? {});
    try {
      const who = actors(c!.access);
      const sent = JSON.stringify([c!.params?.(w), c!.searchParams?.(w)]);
      const before = await tenantSnapshot(w.b.tenantId);

      who.anonymous();
      const anonymous = await renderPage(file, c!);
      expect(anonymous.kind, `anonymous: ${describeOutcome(anonymous)}`).not.toBe("threw");
      if (c!.access !== "public") expect(anonymous, `anonymous: ${describeOutcome(anonymous)}`).toEqual({ kind: "redirect", to: "/sign-in" });
      expectNothingOfB(anonymous, sent, "anonymous");

      if (c!.access === "member" || c!.access === "admin") {
        who.loner();
        expect(await renderPage(file, c!), "user in no team").toEqual({ kind: "redirect", to: "/welcome" });
      }
      who.memberOfA();
      const member = await renderPage(file, c!);
      if (c!.access === "admin") expect(member, `member of A: ${describeOutcome(member)}`).toEqual({ kind: "forbidden" });
      expectNothingOfB(member, sent, "member of A");

      who.ownerOfA();
      const owner = await renderPage(file, c!);
      expect(owner.kind, `owner of A: ${describeOutcome(owner)}`).not.toBe("threw");
      if (c!.asA === "notFound") expect(owner, `owner of A with B's ids: ${describeOutcome(owner)}`).toEqual({ kind: "notFound" });
      if (c!.asA === "redirect") expect(owner, `owner of A: ${describeOutcome(owner)}`).toEqual({ kind: "redirect", to: c!.redirectTo!(w) });
      if (c!.asA === "own") {
        expect(owner.kind, `owner of A: ${describeOutcome(owner)}`).toBe("returned");
        if (c!.ownMarker) expect(JSON.stringify(owner), `owner of A sees A's own "${c!.ownMarker(w)}"`).toContain(c!.ownMarker(w));
      }
      expectNothingOfB(owner, sent, "owner of A");
      await expectBUnchanged(before, file);
      covered.pages.add(file);
      covered.attempts += c!.access === "member" || c!.access === "admin" ? 4 : 3;
    } finally {
      for (const key of Object.keys(c?.env ?? {})) delete envOverride[key];
    }
  });
});

// ---------------------------------------------------------------- route handlers
const routeFiles = discoverRoutes();
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

describe("tenant isolation walk: route handlers", () => {
  it("has a case for every route handler, and no case without one", () => {
    expect(routeFiles.filter((f) => !routeCases[f]), "route handlers without a case in security/isolation/cases/routes.ts").toEqual([]);
    expect(Object.keys(routeCases).filter((f) => !routeFiles.includes(f)), "cases whose route no longer exists").toEqual([]);
    console.log(`[isolation walk] route handlers: ${routeFiles.length}`);
  });

  it.for(routeFiles)("%s", async (file) => {
    const c = routeCases[file];
    expect(c, `no case for ${file}`).toBeDefined();
    const mod = (await import(/* @vite-ignore */ absolute(file))) as Record<string, unknown>;
    const methods = HTTP_METHODS.filter((m) => typeof mod[m] === "function");
    expect(methods.length, `${file} exports no handler`).toBeGreaterThan(0);
    Object.assign(envOverride, c!.env ?? {});
    try {
      const before = await tenantSnapshot(w.b.tenantId);
      for (const method of methods) {
        const allowed = c!.statuses[method] ?? c!.statuses["*"];
        expect(allowed, `${file}: no expected statuses for ${method}`).toBeDefined();
        const spec = c!.request(w, method);
        const sent = JSON.stringify([spec, c!.params?.(w)]);
        for (const [who, as] of [["anonymous", () => actAs(null)], ["owner of A", () => actAs(w.a.owner.userId, { [TENANT_COOKIE]: w.b.tenantId })]] as const) {
          as();
          const expected = who === "anonymous" && c!.anonymous ? c!.anonymous : allowed!;
          const handler = mod[method] as (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
          const outcome = await outcomeOf(() =>
            handler(new NextRequest(`http://localhost:3000${spec.path}`, { method, headers: spec.headers, body: method === "GET" || method === "HEAD" ? undefined : spec.body }), {
              params: Promise.resolve(c!.params?.(w) ?? {}),
            }),
          );
          const response =
            outcome.kind === "returned" && outcome.value instanceof Response
              ? { status: outcome.value.status, headers: outcome.value.headers, body: await outcome.value.text() }
              : outcome.kind === "notFound"
                ? { status: 404, headers: new Headers(), body: "" }
                : outcome.kind === "redirect"
                  ? { status: 307, headers: new Headers({ location: outcome.to }), body: "" }
                  : undefined;
          expect(response, `${method} ${spec.path}: ${describeOutcome(outcome)}`).toBeDefined();
          expect(expected, `${who}: ${method} ${spec.path} answered ${response!.status}: ${response!.body.slice(0, 300)}`).toContain(response!.status);
          if (response!.status === 307) expect(response!.headers.get("location"), `${who}: ${method} ${spec.path}`).toBe("/sign-in");
          expectNothingOfB(response!.body, sent, `${method} ${spec.path}`);
          if (who === "owner of A" || !c!.anonymous) c!.check?.(w, method, response!);
          covered.attempts += 1;
        }
      }
      await expectBUnchanged(before, file);
      covered.routes.add(file);
    } finally {
      for (const key of Object.keys(c?.env ?? {})) delete envOverride[key];
    }
  });
});

// ---------------------------------------------------------------- the database underneath
describe("tenant isolation walk: row-level security under the walk's data", () => {
  it("A's transactions see none of B's rows in any tenant table, though B has rows in most of them", async () => {
    const owned = await tenantSnapshot(w.b.tenantId);
    const tables = Object.keys(owned).filter((t) => t !== "tenants" && t !== "users");
    const withRows = tables.filter((t) => owned[t]!.length > 0);
    console.log(`[isolation walk] tenant tables: ${tables.length}, with rows of B: ${withRows.length}`);
    expect(withRows.length).toBeGreaterThanOrEqual(12);
    for (const table of tables) {
      const counts = async (tenantId: string) =>
        withTenant(tenantId, async (tx) => {
          const [row] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where tenant_id = ${w.b.tenantId}`);
          return row!.n;
        });
      expect(await counts(w.a.tenantId), `${table} seen by A`).toBe(0);
      expect(await counts(w.b.tenantId), `${table} seen by B`).toBe(owned[table]!.length);
    }
  });
});

// ---------------------------------------------------------------- the walk's own checks can fail
describe("the walk's checks are not vacuous", () => {
  it("B's snapshot changes when B's owner pauses B's link, and B's page shows B's name to B", async () => {
    const before = await tenantSnapshot(w.b.tenantId);
    actAs(w.b.owner.userId);
    const paused = await outcomeOf(() => callAction(actions.get("lib/actions/link-actions.ts#pauseLinkAction")!, formOf({ linkId: w.b.linkId })));
    expect(paused).toMatchObject({ kind: "returned", value: { status: "success" } });
    expect(await tenantSnapshot(w.b.tenantId)).not.toEqual(before);
    await outcomeOf(() => callAction(actions.get("lib/actions/link-actions.ts#resumeLinkAction")!, formOf({ linkId: w.b.linkId })));

    const page = await renderPage("app/(app)/links/[linkId]/page.tsx", pageCases["app/(app)/links/[linkId]/page.tsx"]!);
    expect(page.kind).toBe("returned");
    expect(JSON.stringify(page)).toContain(w.b.name);
    expect(request.userId).toBe(w.b.owner.userId);
  });
});
