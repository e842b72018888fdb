import { createHash } from "node:crypto";
import { isPartnerError } from "@/lib/http/errors";
import type { HttpAuth, HttpClient } from "@/lib/http/types";
import type { PlentyCredentials } from "./credentials";
import { tokenSchema, type PlentyToken } from "./schemas";

interface Token {
  accessToken: string;
  refreshToken?: string;
  expiresAtMs: number;
}

/** Refresh this long before the token runs out, so no call starts with a dying token. */
const refreshMarginMs = 5 * 60_000;

/**
 * Tokens live 24 h (fact sheet §1), so one login serves every run of a connection in this
 * process. Keyed by system, user and a hash of the password: changed credentials never reuse
 * an old token.
 */
const tokens = new Map<string, Token>();
const pending = new Map<string, Promise<Token>>();

export function clearPlentyTokens(): void {
  tokens.clear();
}

/**
 * Bearer auth for ctx.http: logs the back end user in (POST /rest/login) on first use, refreshes
 * shortly before expiry, and after a 401 refreshes (POST /rest/login/refresh) or logs in again
 * so the HTTP client repeats the call once, as plentymarkets clients do (fact sheet §1, [P4]).
 * `http` is the unauthenticated client of the same connection.
 */
export function plentyAuth(credentials: PlentyCredentials, http: HttpClient, now: () => number = Date.now): HttpAuth {
  const pw = createHash("sha256").update(credentials.password).digest("hex").slice(0, 16);
  const key = [http.baseUrl, credentials.username, pw].join("|");

  const remember = (t: PlentyToken): Token => {
    const token = { accessToken: t.accessToken, refreshToken: t.refreshToken, expiresAtMs: now() + t.expiresIn * 1000 };
    tokens.set(key, token);
    return token;
  };

  /** One login or refresh at a time per user; parallel calls wait for it. */
  const once = (run: () => Promise<Token>): Promise<Token> => {
    const running = pending.get(key);
    if (running) return running;
    const started = run().finally(() => pending.delete(key));
    pending.set(key, started);
    return started;
  };

  const login = async (): Promise<Token> => {
    try {
      const res = await http.post(
        "/rest/login",
        { username: credentials.username, password: credentials.password },
        { schema: tokenSchema, idempotent: true, operation: "login" },
      );
      return remember(res.data);
    } catch (error) {
      if (isPartnerError(error) && (error.status === 401 || error.status === 403 || error.status === 422)) {
        throw error.reclassify("needs_merchant", "credentials_rejected", "plentymarkets refused the username or password of the back end user");
      }
      throw error;
    }
  };

  // The request format of /rest/login/refresh is not documented: we send `refresh_token` in a
  // JSON body (our guess, mirrored by the simulator). Refused → log in again.
  const refresh = async (current: Token): Promise<Token> => {
    if (!current.refreshToken) return login();
    try {
      const res = await http.post("/rest/login/refresh", { refresh_token: current.refreshToken }, {
        schema: tokenSchema,
        idempotent: true,
        operation: "refresh token",
      });
      return remember(res.data);
    } catch (error) {
      if (isPartnerError(error) && error.kind !== "transient") return login();
      throw error;
    }
  };

  return {
    async headers() {
      const cached = tokens.get(key);
      let token: Token;
      if (!cached) token = await once(login);
      else if (cached.expiresAtMs - now() < refreshMarginMs) token = await once(() => refresh(cached));
      else token = cached;
      return { authorization: `Bearer ${token.accessToken}` };
    },
    async onUnauthorized() {
      const cached = tokens.get(key);
      tokens.delete(key);
      await once(() => (cached ? refresh(cached) : login()));
      return true;
    },
  };
}
