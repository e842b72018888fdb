/**
 * Fault switches shared by every simulator. Each simulator turns a rolled fault into its
 * partner's own answer (status code, rate-limit headers, error body).
 */
export interface FaultSwitches {
  /** Added delay before every answer, in milliseconds. */
  latencyMs: number;
  /** Share of requests (0..1) answered with a 5xx. */
  serverErrorRate: number;
  /** Share of requests (0..1) that start a burst of rate-limit answers. */
  rateLimitRate: number;
  /** How many consecutive requests a rate-limit burst refuses. */
  rateLimitBurst: number;
  /** Share of requests (0..1) answered 200 with a body that breaks the contract. */
  malformedRate: number;
  /** Share of requests (0..1) that hang longer than any client timeout. */
  timeoutRate: number;
  /** When true, every issued token is treated as expired on its next use. */
  expireTokens: boolean;
  /**
   * Share of requests (0..1) refused 401 because the token they carry has just expired. Only
   * simulators whose tokens a client renews itself (plentymarkets' login tokens) act on it; for a
   * fixed API key (wemalo, Webshipper) or Basic auth (Ongoing) an expired key is the merchant's to fix.
   */
  expiredTokenRate: number;
}

export type FaultKind = "server-error" | "rate-limit" | "malformed" | "timeout" | "expired-token";
export type RolledFault = "none" | FaultKind;
export const FAULT_KINDS: readonly FaultKind[] = ["timeout", "server-error", "rate-limit", "malformed", "expired-token"];

export const noFaults: FaultSwitches = {
  latencyMs: 0,
  serverErrorRate: 0,
  rateLimitRate: 0,
  rateLimitBurst: 3,
  malformedRate: 0,
  timeoutRate: 0,
  expireTokens: false,
  expiredTokenRate: 0,
};

/** Deterministic PRNG (mulberry32) so a fault run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private burstLeft = 0;
  /** Faults handed out so far, by kind (each refused request of a burst counts). */
  readonly injected: Record<FaultKind, number> = { timeout: 0, "server-error": 0, "rate-limit": 0, malformed: 0, "expired-token": 0 };

  constructor(
    public switches: FaultSwitches = { ...noFaults },
    private readonly random: () => number = Math.random,
  ) {}

  set(patch: Partial<FaultSwitches>): void {
    this.switches = { ...this.switches, ...patch };
  }

  /**
   * Decides the fault for one request; bursts of rate limiting span several requests.
   * `withToken: false` for a request that carries no session token (a login): its share of
   * expired tokens passes as "none".
   */
  roll(request: { withToken?: boolean } = {}): RolledFault {
    const fault = this.decide(request.withToken ?? false);
    if (fault !== "none") this.injected[fault] += 1;
    return fault;
  }

  private decide(withToken: boolean): RolledFault {
    const s = this.switches;
    if (this.burstLeft > 0) {
      this.burstLeft -= 1;
      return "rate-limit";
    }
    const r = this.random();
    let edge = s.serverErrorRate;
    if (r < edge) return "server-error";
    edge += s.rateLimitRate;
    if (r < edge) {
      this.burstLeft = Math.max(0, s.rateLimitBurst - 1);
      return "rate-limit";
    }
    edge += s.malformedRate;
    if (r < edge) return "malformed";
    edge += s.timeoutRate;
    if (r < edge) return "timeout";
    edge += s.expiredTokenRate;
    if (r < edge) return withToken ? "expired-token" : "none";
    return "none";
  }

  async delay(): Promise<void> {
    if (this.switches.latencyMs > 0) await new Promise((r) => setTimeout(r, this.switches.latencyMs));
  }
}
