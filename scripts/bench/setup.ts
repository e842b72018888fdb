import { createConnectorContext } from "@/lib/connectors/context";
import { plentymarketsConnector, type PlentyCredentials, type PlentySettings } from "@/lib/connectors/plentymarkets";
import type { AnyConnector, ConnectorContext } from "@/lib/connectors/types";
import { createTestClock, InMemoryRequestLogSink, type TestClock } from "@/lib/http";
import { serveFetchHandler, type FetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createPlentymarketsSimulator, sandboxPlentyId, sandboxUser, type PlentymarketsSimulator } from "@/lib/sandbox/plentymarkets";

/**
 * What one run shares: a virtual clock (simulators and HTTP clients: rate-limit and budget waits
 * cost no wall time and are summed from clock.sleeps), one request log, the servers to close.
 */
export interface Bench {
  clock: TestClock;
  log: InMemoryRequestLogSink;
  serve(handler: FetchHandler): Promise<RunningServer>;
  context<C, S>(connector: AnyConnector, credentials: unknown): ConnectorContext<C, S>;
  close(): Promise<void>;
}

let runs = 0;

export function createBench(): Bench {
  const clock = createTestClock(Date.parse("2026-03-02T08:00:00Z"));
  const log = new InMemoryRequestLogSink(1_000_000);
  const servers: RunningServer[] = [];
  // A fresh connection id per run: call budgets are shared per connection for the process.
  const run = ++runs;
  return {
    clock,
    log,
    async serve(handler) {
      const server = await serveFetchHandler(handler);
      servers.push(server);
      return server;
    },
    context: (connector, credentials) =>
      createConnectorContext({
        connector,
        tenantId: "bench",
        connectionId: `bench-${run}-${connector.id}`,
        credentials,
        requestLog: log,
        allowPrivateUrls: true,
        http: { clock, random: () => 0.5 },
      }),
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}

export type PlentyContext = ConnectorContext<PlentyCredentials, PlentySettings>;

/** plentymarkets with `orders` orders in status 5 (two lines each), and a context for it. */
export async function startPlenty(bench: Bench, orders: number): Promise<{ sim: PlentymarketsSimulator; ctx: PlentyContext }> {
  const basePath = "/sandbox/plentymarkets";
  const sim = createPlentymarketsSimulator({ now: () => new Date(bench.clock.now()), seed: 1, basePath });
  sim.control.createOrders(orders);
  const server = await bench.serve(sim.handle);
  const ctx = bench.context<PlentyCredentials, PlentySettings>(plentymarketsConnector, {
    url: `${server.url}${basePath}`,
    username: sandboxUser.username,
    password: sandboxUser.password,
    plentyId: sandboxPlentyId,
    warehouseId: 104,
    storageLocationId: 12,
  });
  return { sim, ctx };
}
