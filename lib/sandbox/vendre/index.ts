import { FaultInjector, noFaults, seededRandom } from "../faults";
import { createControl, type VendreControl } from "./control";
import { DEFAULT_TOKEN, type AuthStyle } from "./facts";
import { createHandler, type VendreRequestLogEntry } from "./handler";
import { VendreStore } from "./store";

export interface VendreSimulatorOptions {
  /** Where the app mounts it, e.g. `/sandbox/vendre`; the API is under `{basePath}/API/1` and `{basePath}/api`. */
  basePath?: string;
  /** Which header carries the token: `X-Authorization` (variant B, default) or `Authorization: Bearer` (variant A). */
  authStyle?: AuthStyle;
  tokens?: string[];
  seed?: number;
  now?: () => Date;
  hangMs?: number;
}

export interface VendreSimulator {
  handle(request: Request): Promise<Response>;
  control: VendreControl;
}

/** A stateful, in-memory Vendre back-office REST API (orders, status, packages) behind a fetch handler. */
export function createVendreSimulator(options: VendreSimulatorOptions = {}): VendreSimulator {
  const store = new VendreStore(options.now ?? (() => new Date()));
  const faults = new FaultInjector({ ...noFaults }, options.seed === undefined ? Math.random : seededRandom(options.seed));
  const log: VendreRequestLogEntry[] = [];
  const tokens = new Set(options.tokens ?? [DEFAULT_TOKEN]);
  const basePath = (options.basePath ?? "").replace(/\/$/, "");
  const authStyle = options.authStyle ?? "x-authorization";
  const handle = createHandler(store, faults, { basePath, authStyle, tokens, hangMs: options.hangMs ?? 120_000, log });
  return { handle, control: createControl({ store, faults, basePath, authStyle, tokens, log }) };
}

export { DEFAULT_TOKEN, ORDER_STATUSES, type AuthStyle } from "./facts";
export type { VendreControl, NewOrder } from "./control";
export type { VendreOrder, VendrePackage, SentMail } from "./store";
export type { VendreRequestLogEntry } from "./handler";
