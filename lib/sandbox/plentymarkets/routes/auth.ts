import type { Route, RouteRequest } from "../context";
import { invalidCredentials, json, unauthorized, validationFailed } from "../responses";

function field(req: RouteRequest, name: string): string | undefined {
  const body = req.body && typeof req.body === "object" ? (req.body as Record<string, unknown>) : {};
  const fromBody = body[name];
  if (typeof fromBody === "string") return fromBody;
  return req.query.get(name) ?? undefined;
}

export const authRoutes: Route[] = [
  {
    // JSON body {username, password}; older docs pass them as query parameters (fact sheet §1).
    method: "POST",
    pattern: "/rest/login",
    public: true,
    handler: (req, sim) => {
      const username = field(req, "username");
      const password = field(req, "password");
      if (!username || !password) {
        return validationFailed({
          ...(username ? {} : { username: ["The username field is required."] }),
          ...(password ? {} : { password: ["The password field is required."] }),
        });
      }
      const user = sim.users.find((u) => u.username === username && u.password === password);
      if (!user) return invalidCredentials();
      const t = sim.tokens.issue(user.username);
      // snake_case here, as the getting-started guide shows it ([P2]).
      return json({ token_type: "Bearer", expires_in: t.expiresIn, access_token: t.accessToken, refresh_token: t.refreshToken });
    },
  },
  {
    // The request format is not documented; we take `refresh_token` (or `refreshToken`) from the
    // JSON body or query. The answer is TokenData, camelCase (OpenAPI; legacy REST doc).
    method: "POST",
    pattern: "/rest/login/refresh",
    public: true,
    handler: (req, sim) => {
      const token = field(req, "refresh_token") ?? field(req, "refreshToken");
      const used = token ? sim.tokens.useRefreshToken(token) : { ok: false as const };
      if (!used.ok) return unauthorized();
      const t = sim.tokens.issue(used.username);
      return json({ tokenType: "Bearer", expiresIn: t.expiresIn, accessToken: t.accessToken, refreshToken: t.refreshToken });
    },
  },
  {
    method: "POST",
    pattern: "/rest/logout",
    handler: (req, sim) => {
      if (req.accessToken) sim.tokens.revoke(req.accessToken);
      return new Response(null, { status: 200 });
    },
  },
];
