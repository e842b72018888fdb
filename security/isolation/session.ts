/**
 * The request the walk pretends to be in: who is signed in and which cookies the browser sent.
 * The test file's mocks of `next/headers` and `@/lib/auth` read it, so a page, server action or
 * route handler resolves its session exactly as in a real request.
 */
export const request = {
  userId: null as string | null,
  cookies: new Map<string, string>(),
  headers: new Headers(),
};

export function actAs(userId: string | null, cookies: Record<string, string> = {}): void {
  request.userId = userId;
  request.cookies = new Map(Object.entries(cookies));
  request.headers = new Headers({ "x-forwarded-for": "203.0.113.9", "user-agent": "isolation-walk" });
}

/** The subset of Next's cookie store that the app uses. */
export function cookieStore() {
  return {
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "object") request.cookies.set(name.name, name.value);
      else request.cookies.set(name, value ?? "");
    },
    delete: (name: string) => request.cookies.delete(name),
  };
}

export function currentSession() {
  return request.userId ? { user: { id: request.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
}

/** Settings the walk changes for one case (e.g. LAGERBRO_ENV=production for the dev mailbox). */
export const envOverride: Record<string, unknown> = {};
