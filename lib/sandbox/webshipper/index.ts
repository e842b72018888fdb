import { FaultInjector, noFaults, seededRandom } from "../faults";
import { createControl, type WebshipperControl } from "./control";
import { CARRIERS, DEFAULT_ORDER_CHANNEL, DEFAULT_SHIPPING_RATES, DEFAULT_TOKEN, RATE_LIMIT } from "./facts";
import { createHandler, type RequestLogEntry } from "./handler";
import { WebshipperStore } from "./store";
import { WebhookOutbox } from "./webhook";

export interface WebshipperSimulatorOptions {
  /** Where the app mounts it, e.g. `/sandbox/webshipper`; requests go to `{basePath}/{account}/v2/…`. */
  basePath?: string;
  tokens?: string[];
  seed?: number;
  now?: () => Date;
  /** How long a "timeout" fault holds the request (default 120 s). */
  hangMs?: number;
}

export interface WebshipperSimulator {
  handle(request: Request): Promise<Response>;
  control: WebshipperControl;
}

/** A stateful, in-memory Webshipper API v2 account (JSON:API, Bearer token) behind a fetch handler. */
export function createWebshipperSimulator(options: WebshipperSimulatorOptions = {}): WebshipperSimulator {
  const store = new WebshipperStore(options.now ?? (() => new Date()));
  for (const token of options.tokens ?? [DEFAULT_TOKEN]) store.tokens.add(token);
  store.orderChannels.set(DEFAULT_ORDER_CHANNEL.id, { ...DEFAULT_ORDER_CHANNEL });
  for (const r of DEFAULT_SHIPPING_RATES) store.shippingRates.set(r.id, { ...r, orderChannelId: DEFAULT_ORDER_CHANNEL.id });
  const faults = new FaultInjector({ ...noFaults }, options.seed === undefined ? Math.random : seededRandom(options.seed));
  const outbox = new WebhookOutbox(store);
  const log: RequestLogEntry[] = [];
  const rateLimit = { ...RATE_LIMIT };
  const basePath = (options.basePath ?? "").replace(/\/$/, "");
  const handle = createHandler(store, outbox, faults, { basePath, hangMs: options.hangMs ?? 120_000, log, rateLimit });
  return { handle, control: createControl({ store, outbox, faults, basePath, log, rateLimit }) };
}

export type { WebshipperControl, OrderRef } from "./control";
export type { PackageSpec } from "./shipping";
export type { WebhookDelivery } from "./webhook";
export { signWebhookBody } from "./webhook";
export { CARRIERS, DEFAULT_ORDER_CHANNEL, DEFAULT_SHIPPING_RATES, DEFAULT_TOKEN, PAGE_SIZE, SIGNATURE_HEADER, TOPIC_HEADER, WEBHOOK_TOPICS } from "./facts";
