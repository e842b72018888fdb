import { createConnectorContext } from "@/lib/connectors/context";
import { canonicalOrderFixture } from "@/lib/connectors/plentymarkets/fixtures";
import { createTestClock, InMemoryRequestLogSink, PartnerError, type TestClock } from "@/lib/http";
import type { Order } from "@/lib/orders";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createRackbeatSimulator, DEFAULT_TOKEN, type RackbeatSimulator, type RackbeatSimulatorOptions } from "@/lib/sandbox/rackbeat";
import type { RackbeatContext } from "./api";
import type { RackbeatCredentials, RackbeatSettings } from "./credentials";
import { rackbeatConnector } from "./index";

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

/** The shared canonical order: two lines with weights and prices, German invoice and Swedish delivery names. */
export function orderFixture(overrides: Partial<Order> = {}): Order {
  return { ...structuredClone(canonicalOrderFixture), ...overrides };
}

export interface RackbeatHarness {
  sim: RackbeatSimulator;
  server: RunningServer;
  ctx: RackbeatContext;
  clock: TestClock;
  log: InMemoryRequestLogSink;
  contextFor(credentials: Partial<RackbeatCredentials>, settings?: Partial<RackbeatSettings>): RackbeatContext;
  /** Two products with non-ASCII names, a customer and one booked order of both (2 + 1), on delivery term 2. */
  seedOrder(): { number: number; lines: { id: number; item: { number: string } }[] };
  close(): Promise<void>;
}

/** The connector wired to a simulator over real HTTP, sharing a test clock. */
export async function rackbeatHarness(options: RackbeatSimulatorOptions & { settings?: Partial<RackbeatSettings>; clock?: TestClock } = {}): Promise<RackbeatHarness> {
  const clock = options.clock ?? createTestClock(Date.parse("2025-03-01T08:00:00Z"));
  const sim = createRackbeatSimulator({ now: () => new Date(clock.now()), ...options });
  const server = await serveFetchHandler(sim.handle);
  const log = new InMemoryRequestLogSink();
  const base: RackbeatCredentials = { apiToken: DEFAULT_TOKEN, apiUrl: sim.control.baseUrl(server.url) };
  const contextFor = (overrides: Partial<RackbeatCredentials>, settings: Partial<RackbeatSettings> = options.settings ?? {}) =>
    createConnectorContext({
      connector: rackbeatConnector,
      tenantId: "tenant-1",
      connectionId: "conn-rackbeat",
      credentials: { ...base, ...overrides },
      settings,
      requestLog: log,
      allowPrivateUrls: true,
      http: { clock, random: () => 0.5, timeoutMs: 5_000 },
    }) as RackbeatContext;
  const seedOrder = () => {
    const c = sim.control;
    if (!c.products().some((p) => p.number === "ÆBLE-1")) {
      c.addProduct({ number: "ÆBLE-1", name: "Æblemost – økologisk", salesPrice: 49.95, weightGrams: 1200 });
      c.addProduct({ number: "BÆR-2", name: "Blåbær", salesPrice: 20, weightGrams: 250 });
    }
    const customer = c.customers()[0] ?? c.addCustomer({ name: "Søren Ærøskøbing", email: "soren@example.dk" });
    return c.createOrder({
      customerNumber: customer.number,
      deliveryTermsId: 2,
      deliveryAddress: { name: "Søren Ærøskøbing", street: "Åboulevarden 12", zipcode: "8000", city: "Århus C", country: "DK", email: "soren@example.dk", phone: "+4512345678" },
      lines: [
        { productNumber: "ÆBLE-1", quantity: 2, linePrice: 49.95, vatPercentage: 25 },
        { productNumber: "BÆR-2", quantity: 1, linePrice: 20, vatPercentage: 25 },
      ],
    });
  };
  return { sim, server, ctx: contextFor({}), clock, log, contextFor, seedOrder, close: () => server.close() };
}
