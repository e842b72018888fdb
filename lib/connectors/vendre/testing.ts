import { createConnectorContext } from "@/lib/connectors/context";
import { recordingLogger } from "@/lib/connectors/file-warehouse/testing";
import { createTestClock, InMemoryRequestLogSink, type TestClock } from "@/lib/http";
import { DEFAULT_TOKEN, type VendreSimulatorOptions } from "@/lib/sandbox/vendre";
import { startVendre, type VendreTestServer } from "@/lib/sandbox/vendre/testing";
import type { VendreContext } from "./api";
import type { VendreCredentials } from "./credentials";
import { vendreConnector } from "./index";

export interface VendreHarness extends VendreTestServer {
  ctx: VendreContext;
  clock: TestClock;
  log: InMemoryRequestLogSink;
  logger: ReturnType<typeof recordingLogger>;
  credentials: VendreCredentials;
  contextFor(credentials?: Partial<VendreCredentials>, settings?: Record<string, unknown>): VendreContext;
}

/** The connector wired to the Vendre simulator over real HTTP, as the engine builds it. */
export async function vendreHarness(options: VendreSimulatorOptions & { variant?: "A" | "B"; timeoutMs?: number } = {}): Promise<VendreHarness> {
  const clock = createTestClock(Date.parse("2026-01-05T08:00:00Z"));
  const running = await startVendre({ now: () => new Date(clock.now()), basePath: "/sandbox/vendre", ...options });
  const log = new InMemoryRequestLogSink();
  const logger = recordingLogger();
  const credentials: VendreCredentials = {
    baseUrl: running.sim.control.baseUrl(running.server.url, options.variant ?? "B"),
    token: DEFAULT_TOKEN,
    authHeader: running.sim.control.authStyle,
  };
  const contextFor = (overrides: Partial<VendreCredentials> = {}, settings: Record<string, unknown> = {}) =>
    createConnectorContext({
      connector: vendreConnector,
      tenantId: "tenant-1",
      connectionId: "conn-vendre",
      credentials: { ...credentials, ...overrides },
      settings,
      requestLog: log,
      log: logger,
      allowPrivateUrls: true,
      http: { clock, random: () => 0.5, timeoutMs: options.timeoutMs ?? 5_000 },
    });
  return { ...running, ctx: contextFor(), clock, log, logger, credentials, contextFor };
}
