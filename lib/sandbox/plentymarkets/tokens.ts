import { randomBytes } from "node:crypto";
import type { SimClock } from "./clock";

export interface BackendUser {
  username: string;
  password: string;
  /** plentymarkets user id, written as `userId` into the status history. */
  userId?: number;
}

interface AccessToken {
  token: string;
  username: string;
  serial: number;
  expiresAtMs: number;
  revoked: boolean;
  issuedAtMs: number;
}

interface RefreshToken {
  token: string;
  username: string;
  expiresAtMs: number;
  used: boolean;
}

export type TokenCheck = { ok: true; username: string } | { ok: false };

/**
 * Access tokens live `accessTtlSeconds` (86 400 = 24 h per the login example, fact sheet §1);
 * refresh tokens are single use and live longer (their lifetime is not documented: 30 days is
 * our guess).
 */
export class TokenStore {
  private readonly access = new Map<string, AccessToken>();
  private readonly refresh = new Map<string, RefreshToken>();
  private serial = 0;
  /** Tokens with a serial up to this one are dead (the expired-tokens fault). */
  private deadUpToSerial = 0;

  constructor(
    private readonly clock: SimClock,
    readonly accessTtlSeconds = 86_400,
    private readonly refreshTtlSeconds = 30 * 86_400,
  ) {}

  issue(username: string) {
    const now = this.clock.nowMs();
    const accessToken = newToken();
    const refreshToken = newToken();
    this.access.set(accessToken, {
      token: accessToken,
      username,
      serial: ++this.serial,
      expiresAtMs: now + this.accessTtlSeconds * 1000,
      revoked: false,
      issuedAtMs: now,
    });
    this.refresh.set(refreshToken, { token: refreshToken, username, expiresAtMs: now + this.refreshTtlSeconds * 1000, used: false });
    return { accessToken, refreshToken, expiresIn: this.accessTtlSeconds };
  }

  check(token: string): TokenCheck {
    const found = this.access.get(token);
    if (!found || found.revoked) return { ok: false };
    const now = this.clock.nowMs();
    if (now >= found.expiresAtMs || found.serial <= this.deadUpToSerial) return { ok: false };
    return { ok: true, username: found.username };
  }

  useRefreshToken(token: string): { ok: true; username: string } | { ok: false } {
    const found = this.refresh.get(token);
    if (!found || found.used || this.clock.nowMs() >= found.expiresAtMs) return { ok: false };
    found.used = true;
    return { ok: true, username: found.username };
  }

  /**
   * Whether the expired-token fault may hit this token: a live one issued at least `minAgeMs`
   * ago. Real tokens run out at the end of their life, never moments after a login or refresh.
   */
  mayExpire(token: string | undefined, minAgeMs: number): boolean {
    const found = token === undefined ? undefined : this.access.get(token);
    return found !== undefined && !found.revoked && this.clock.nowMs() - found.issuedAtMs >= minAgeMs;
  }

  revoke(token: string): void {
    const found = this.access.get(token);
    if (found) found.revoked = true;
  }

  /** Every token issued up to now fails its next use; tokens issued afterwards work. */
  expireAllIssued(): void {
    this.deadUpToSerial = this.serial;
  }

  liveTokenCount(): number {
    let n = 0;
    for (const t of this.access.values()) if (this.check(t.token).ok) n += 1;
    return n;
  }
}

function newToken(): string {
  return randomBytes(24).toString("base64url");
}
