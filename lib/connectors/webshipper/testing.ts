import { createConnectorContext } from "@/lib/connectors/context";
import { canonicalOrderFixture } from "@/lib/connectors/plentymarkets/fixtures";
import { createTestClock, InMemoryRequestLogSink, PartnerError, type TestClock } from "@/lib/http";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createWebshipperSimulator, DEFAULT_ORDER_CHANNEL, DEFAULT_TOKEN, type WebshipperSimulator, type WebshipperSimulatorOptions } from "@/lib/sandbox/webshipper";
import type { Order } from "@/lib/orders";
import type { WebshipperContext } from "./api";
import type { WebshipperCredentials, WebshipperSettings } from "./credentials";
import { webshipperConnector } from "./index";

export interface WebshipperHarness {
  sim: WebshipperSimulator;
  server: RunningServer;
  ctx: WebshipperContext;
  clock: TestClock;
  log: InMemoryRequestLogSink;
  credentials: WebshipperCredentials;
  contextFor(credentials: Partial<WebshipperCredentials>, settings?: Partial<WebshipperSettings>): WebshipperContext;
  close(): Promise<void>;
}

/** The connector wired to a simulator over real HTTP, as the engine would build it. */
export async function webshipperHarness(options: WebshipperSimulatorOptions & { settings?: Partial<WebshipperSettings> } = {}): Promise<WebshipperHarness> {
  const clock = createTestClock(Date.parse("2025-03-01T08:00:00Z"));
  const sim = createWebshipperSimulator({ now: () => new Date(clock.now()), ...options });
  const server = await serveFetchHandler(sim.handle);
  const log = new InMemoryRequestLogSink();
  const credentials: WebshipperCredentials = { account: "sandbox", apiToken: DEFAULT_TOKEN, orderChannelId: DEFAULT_ORDER_CHANNEL.id, apiUrl: sim.control.baseUrl(server.url) };
  const contextFor = (overrides: Partial<WebshipperCredentials>, settings: Partial<WebshipperSettings> = options.settings ?? {}) =>
    createConnectorContext({
      connector: webshipperConnector,
      tenantId: "tenant-1",
      connectionId: "conn-webshipper",
      credentials: { ...credentials, ...overrides },
      settings,
      requestLog: log,
      allowPrivateUrls: true,
      http: { clock, random: () => 0.5, timeoutMs: 5_000 },
    }) as WebshipperContext;
  return { sim, server, ctx: contextFor({}), clock, log, credentials, contextFor, close: () => server.close() };
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

/** Two lines, weights and prices, German invoice and Swedish delivery names (Åsa Øberg-Lindström). */
export function orderFixture(overrides: Partial<Order> = {}): Order {
  return { ...structuredClone(canonicalOrderFixture), ...overrides };
}

export const WS_ADDRESS = { att_contact: "Søren Ærøskøbing", company_name: null, address_1: "Åboulevarden 12", zip: "8000", city: "Århus C", country_code: "DK", email: "soren@example.dk", phone: "+4512345678" };
