import { FaultInjector, noFaults, seededRandom } from "../faults";
import { createControl, type RackbeatControl } from "./control";
import { DEFAULT_DELIVERY_TERMS, DEFAULT_LOCATIONS, DEFAULT_TOKEN, RATE_LIMIT } from "./facts";
import { createHandler, type RequestLogEntry } from "./handler";
import { RackbeatStore } from "./store";

export interface RackbeatSimulatorOptions {
  /** Where the app mounts it, e.g. `/sandbox/rackbeat`; requests go to `{basePath}/api/…`. */
  basePath?: string;
  tokens?: string[];
  seed?: number;
  now?: () => Date;
  hangMs?: number;
}

export interface RackbeatSimulator {
  handle(request: Request): Promise<Response>;
  control: RackbeatControl;
}

/** A stateful, in-memory Rackbeat REST API account (Bearer token) behind a fetch handler. */
export function createRackbeatSimulator(options: RackbeatSimulatorOptions = {}): RackbeatSimulator {
  const store = new RackbeatStore(options.now ?? (() => new Date()));
  for (const token of options.tokens ?? [DEFAULT_TOKEN]) store.tokens.add(token);
  for (const t of DEFAULT_DELIVERY_TERMS) store.deliveryTerms.set(t.id, { ...t });
  for (const l of DEFAULT_LOCATIONS) store.locations.set(l.number, { ...l });
  const faults = new FaultInjector({ ...noFaults }, options.seed === undefined ? Math.random : seededRandom(options.seed));
  const log: RequestLogEntry[] = [];
  const rateLimit = { ...RATE_LIMIT };
  const basePath = (options.basePath ?? "").replace(/\/$/, "");
  const handle = createHandler(store, faults, { basePath, hangMs: options.hangMs ?? 120_000, log, rateLimit });
  return { handle, control: createControl({ store, faults, basePath, log, rateLimit }) };
}

export type { RackbeatControl } from "./control";
export { DEFAULT_ACCOUNT, DEFAULT_DELIVERY_TERMS, DEFAULT_LOCATIONS, DEFAULT_TOKEN } from "./facts";
export { RACKBEAT_WEBHOOK_EVENTS, WEBHOOK_EVENT_HEADER, WEBHOOK_TOKEN_HEADER, type RackbeatWebhookDelivery } from "./webhook";
