import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { signUpOwner, TEST_PASSWORD } from "@/db/testing/fixtures";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";

/**
 * The web basics on real responses of the app's own handlers: the session and CSRF cookies that
 * next-auth sets (Secure over https, HttpOnly, SameSite=Lax), the team cookie, and the sign-in
 * rate limit as a browser meets it. (Security headers come from next.config.ts and are checked on
 * the built app in e2e/web-basics.spec.ts.)
 */
vi.mock("server-only", () => ({}));
const setCookies: { name: string; value: string; options: Record<string, unknown> }[] = [];
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: (name: string, value: string, options: Record<string, unknown>) => setCookies.push({ name, value, options }) }),
  headers: async () => new Headers(),
}));
process.env.AUTH_SECRET ??= "web-basics-secret-web-basics-secret-0123";

const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");

interface Cookie {
  name: string;
  value: string;
  attributes: Map<string, string>;
}

function parseSetCookie(line: string): Cookie {
  const [pair, ...attrs] = line.split(";").map((s) => s.trim());
  const eq = pair!.indexOf("=");
  return {
    name: pair!.slice(0, eq),
    value: pair!.slice(eq + 1),
    attributes: new Map(
      attrs.map((a) => {
        const [k, ...v] = a.split("=");
        return [k!.toLowerCase(), v.join("=")];
      }),
    ),
  };
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map(parseSetCookie);

/** A browser's sign-in through next-auth's own endpoints: CSRF token first, then the credentials. */
async function signIn(origin: string, email: string, password: string, ip = "198.51.100.7") {
  const csrfResponse = await GET(new NextRequest(`${origin}/api/auth/csrf`));
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrfResponse);
  const response = await POST(
    new NextRequest(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrfCookies.map((c) => `${c.name}=${c.value}`).join("; "),
        "x-forwarded-for": ip,
      },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/` }).toString(),
    }),
  );
  return { csrfCookies, response, cookies: cookiesOf(response), location: response.headers.get("location") ?? "" };
}

const session = (cookies: Cookie[]) => cookies.find((c) => /authjs\.session-token$/.test(c.name) && c.value !== "");

describe("session and CSRF cookies", () => {
  it("over https: Secure with the __Secure-/__Host- prefixes, HttpOnly, SameSite=Lax, path /", async () => {
    const owner = await signUpOwner();
    const { csrfCookies, cookies, location } = await signIn("https://app.lagerbro.test", owner.email, TEST_PASSWORD);
    expect(location).not.toMatch(/error=/);
    const csrf = csrfCookies.find((c) => c.name.endsWith("authjs.csrf-token"));
    expect(csrf?.name).toBe("__Host-authjs.csrf-token");
    const token = session(cookies);
    expect(token?.name).toBe("__Secure-authjs.session-token");
    for (const cookie of [csrf!, token!]) {
      expect(cookie.attributes.has("secure"), `${cookie.name} Secure`).toBe(true);
      expect(cookie.attributes.has("httponly"), `${cookie.name} HttpOnly`).toBe(true);
      expect(cookie.attributes.get("samesite")?.toLowerCase(), `${cookie.name} SameSite`).toBe("lax");
      expect(cookie.attributes.get("path")).toBe("/");
    }
  });

  it("over plain http (local development): still HttpOnly and SameSite=Lax", async () => {
    const owner = await signUpOwner();
    const { cookies } = await signIn("http://localhost:3000", owner.email, TEST_PASSWORD);
    const token = session(cookies);
    expect(token?.name).toBe("authjs.session-token");
    expect(token?.attributes.has("httponly")).toBe(true);
    expect(token?.attributes.get("samesite")?.toLowerCase()).toBe("lax");
  });

  it("gives no session for a wrong password, and none without the CSRF token", async () => {
    const owner = await signUpOwner();
    const wrong = await signIn("https://app.lagerbro.test", owner.email, "not the password", "198.51.100.8");
    expect(session(wrong.cookies)).toBeUndefined();
    expect(wrong.location).toMatch(/error=CredentialsSignin/);

    const forged = await POST(
      new NextRequest("https://app.lagerbro.test/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
        body: new URLSearchParams({ email: owner.email, password: TEST_PASSWORD }).toString(),
      }),
    );
    expect(session(cookiesOf(forged))).toBeUndefined();
    expect(forged.headers.get("location") ?? "").toMatch(/error=MissingCSRF/);
  });

  it("the team cookie: HttpOnly, SameSite=Lax, path /, Secure in production", async () => {
    const { rememberTenant } = await import("@/lib/session/current");
    const before = process.env.NODE_ENV;
    try {
      (process.env as Record<string, string>).NODE_ENV = "production";
      await rememberTenant("00000000-0000-4000-8000-000000000001");
      (process.env as Record<string, string>).NODE_ENV = "development";
      await rememberTenant("00000000-0000-4000-8000-000000000002");
    } finally {
      (process.env as Record<string, string | undefined>).NODE_ENV = before;
    }
    const [production, development] = setCookies.slice(-2);
    expect(production).toMatchObject({ name: "lagerbro_tenant", options: { httpOnly: true, sameSite: "lax", secure: true, path: "/" } });
    expect(development?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });
});

describe("sign-in rate limit, through the sign-in endpoint", () => {
  it(`refuses even the right password after ${SIGN_IN_LIMITS.perAccount} failures for an account, saying why`, async () => {
    const owner = await signUpOwner();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      const attempt = await signIn("https://app.lagerbro.test", owner.email, `wrong ${i}`, `198.51.100.${20 + i}`);
      expect(attempt.location).toMatch(/code=credentials/);
    }
    const locked = await signIn("https://app.lagerbro.test", owner.email, TEST_PASSWORD, "198.51.100.99");
    expect(session(locked.cookies)).toBeUndefined();
    expect(locked.location).toMatch(/code=rate_limited/);
    // Another account is not locked by it.
    const other = await signUpOwner();
    expect(session((await signIn("https://app.lagerbro.test", other.email, TEST_PASSWORD, "198.51.100.99")).cookies)).toBeDefined();
  });

  it(`refuses a client address after ${SIGN_IN_LIMITS.perAddress} failures across accounts`, async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
    const victim = await signUpOwner();
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await signIn("https://app.lagerbro.test", `nobody-${i}-${ip}@example.test`, "guess", ip);
    const blocked = await signIn("https://app.lagerbro.test", victim.email, TEST_PASSWORD, ip);
    expect(session(blocked.cookies)).toBeUndefined();
    expect(blocked.location).toMatch(/code=rate_limited/);
  });
});
