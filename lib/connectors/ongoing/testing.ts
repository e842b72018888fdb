import { createConnectorContext } from "@/lib/connectors/context";
import { canonicalOrderFixture } from "@/lib/connectors/plentymarkets/fixtures";
import { createTestClock, InMemoryRequestLogSink, PartnerError, type TestClock } from "@/lib/http";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createOngoingSimulator, DEFAULT_USER, type OngoingSimulator, type OngoingSimulatorOptions } from "@/lib/sandbox/ongoing";
import type { Order } from "@/lib/orders";
import type { OngoingContext } from "./api";
import type { OngoingCredentials } from "./credentials";
import { ongoingConnector } from "./index";

export interface OngoingHarness {
  sim: OngoingSimulator;
  server: RunningServer;
  ctx: OngoingContext;
  /** Shared by the simulator and the client: sleeps return at once and move time on. */
  clock: TestClock;
  log: InMemoryRequestLogSink;
  credentials: OngoingCredentials;
  /** Runs before each request reaches the simulator (to switch faults off after N calls...). */
  beforeRequest: { hook?: (request: Request) => void };
  /** A context for other credentials against the same simulator. */
  contextFor(credentials: Partial<OngoingCredentials>): OngoingContext;
  close(): Promise<void>;
}

/** The connector wired to a simulator over real HTTP, as the engine would build it. */
export async function ongoingHarness(options: OngoingSimulatorOptions & { timeoutMs?: number } = {}): Promise<OngoingHarness> {
  const clock = createTestClock(Date.parse("2025-03-01T08:00:00Z"));
  const sim = createOngoingSimulator({ now: () => new Date(clock.now()), ...options });
  const beforeRequest: OngoingHarness["beforeRequest"] = {};
  const server = await serveFetchHandler(async (request) => {
    beforeRequest.hook?.(request);
    return sim.handle(request);
  });
  const log = new InMemoryRequestLogSink();
  const credentials: OngoingCredentials = {
    baseUrl: sim.control.baseUrl(server.url),
    goodsOwnerId: sim.control.goodsOwnerId,
    username: DEFAULT_USER.username,
    password: DEFAULT_USER.password,
  };
  const contextFor = (overrides: Partial<OngoingCredentials>) =>
    createConnectorContext({
      connector: ongoingConnector,
      tenantId: "tenant-1",
      connectionId: "conn-ongoing",
      credentials: { ...credentials, ...overrides },
      requestLog: log,
      allowPrivateUrls: true,
      http: { clock, random: () => 0.5, timeoutMs: options.timeoutMs ?? 5_000 },
    }) as OngoingContext;
  return { sim, server, ctx: contextFor({}), clock, log, credentials, beforeRequest, contextFor, close: () => server.close() };
}

/** The PartnerError a call fails with; fails the test when it succeeds or throws anything else. */
export async function caught(promise: Promise<unknown>): Promise<PartnerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PartnerError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** The shared canonical order (plentymarkets' fixture: two lines, DE invoice, SE delivery, non-ASCII names), as a fresh copy. */
export function orderFixture(overrides: Partial<Order> = {}): Order {
  return { ...structuredClone(canonicalOrderFixture), ...overrides };
}

/** The SKUs of `orderFixture`. */
export const FIXTURE_SKUS = ["TS-BLK-M", "CAP-GRN"] as const;
