import { afterEach, expect } from "vitest";
import { PartnerError } from "@/lib/http/errors";
import { createConnectorContext } from "@/lib/connectors/context";
import { createTestClock, InMemoryRequestLogSink, type TestClock } from "@/lib/http";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import {
  createPlentymarketsSimulator,
  sandboxPlentyId,
  sandboxUser,
  type PlentymarketsSimulator,
  type PlentymarketsSimulatorOptions,
} from "@/lib/sandbox/plentymarkets";
import type { ConnectorContext } from "../types";
import type { PlentyCredentials, PlentySettings } from "./credentials";
import { plentymarketsConnector } from "./index";

export type PlentyContext = ConnectorContext<PlentyCredentials, PlentySettings>;

export interface PlentyHarness {
  sim: PlentymarketsSimulator;
  server: RunningServer;
  ctx: PlentyContext;
  /** Shared by the simulator and the HTTP client: sleeps return at once and move both clocks. */
  clock: TestClock;
  log: InMemoryRequestLogSink;
  credentials: PlentyCredentials;
  /** Runs before each request reaches the simulator. */
  beforeRequest: { hook?: (request: Request) => void };
  contextFor(credentials?: Partial<PlentyCredentials>, settings?: Record<string, unknown>): PlentyContext;
  /** "METHOD /path" of every request the simulator answered, with its status. */
  calls(): string[];
  close(): Promise<void>;
}

/** The connector wired to the simulator over real HTTP, as the engine builds it. */
export async function plentyHarness(options: PlentymarketsSimulatorOptions & { timeoutMs?: number } = {}): Promise<PlentyHarness> {
  const clock = createTestClock(Date.parse("2025-03-03T09:00:00Z"));
  const sim = createPlentymarketsSimulator({ now: () => new Date(clock.now()), seed: 7, basePath: "/sandbox/plentymarkets", ...options });
  const beforeRequest: PlentyHarness["beforeRequest"] = {};
  const server = await serveFetchHandler(async (request) => {
    beforeRequest.hook?.(request);
    return sim.handle(request);
  });
  const log = new InMemoryRequestLogSink();
  const credentials: PlentyCredentials = {
    url: `${server.url}${options.basePath ?? "/sandbox/plentymarkets"}`,
    username: sandboxUser.username,
    password: sandboxUser.password,
    plentyId: options.plentyId ?? sandboxPlentyId,
    warehouseId: 104,
    storageLocationId: 12,
  };
  const contextFor = (overrides: Partial<PlentyCredentials> = {}, settings: Record<string, unknown> = {}) =>
    createConnectorContext({
      connector: plentymarketsConnector,
      tenantId: "tenant-1",
      connectionId: "conn-plenty",
      credentials: { ...credentials, ...overrides },
      settings,
      requestLog: log,
      allowPrivateUrls: true,
      http: { clock, random: () => 0.5, timeoutMs: options.timeoutMs ?? 5_000 },
    });
  return {
    sim,
    server,
    ctx: contextFor(),
    clock,
    log,
    credentials,
    beforeRequest,
    contextFor,
    calls: () => sim.control.requests().map((r) => `${r.method} ${r.path} ${r.status}`),
    close: () => server.close(),
  };
}

/** For a test file: `const start = harnessPerTest();` then `const h = await start()` in each test; closed after it. */
export function harnessPerTest() {
  let current: PlentyHarness | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options?: Parameters<typeof plentyHarness>[0]): Promise<PlentyHarness> => {
    current = await plentyHarness(options);
    return current;
  };
}

/** The PartnerError a call must fail with (a crash or a success fails the test). */
export async function partnerFailure(promise: Promise<unknown>): Promise<PartnerError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PartnerError);
    return error as PartnerError;
  }
  throw new Error("expected a PartnerError");
}
