import { randomBytes } from "node:crypto";
import { FaultInjector, noFaults, seededRandom, type FaultSwitches } from "../faults";
import { DEFAULT_DISPATCHERS, type Dispatcher } from "./catalog";
import { createControl, type WemaloControl } from "./control";
import { createHandler } from "./handler";
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from "./rate-limit";
import { World } from "./world";

export const SANDBOX_WEMALO_SHOP = "sandbox-shop";
/** The REST key of the default sandbox account, so a new user can connect without any account. */
export const SANDBOX_WEMALO_TOKEN = "sandbox-wemalo-rest-key";

export interface WemaloSimulatorOptions {
  /** Where the app mounts the simulator; the API lives below `<basePath>/v1`. */
  basePath?: string;
  /** Accepted REST keys and the shop each serves. */
  tokens?: Array<{ token: string; shop: string }>;
  /** Seed of the fault dice, so a faulty run can be replayed. */
  seed?: number;
  now?: () => Date;
  faults?: Partial<FaultSwitches>;
  rateLimit?: Partial<RateLimitOptions>;
  initialStock?: number;
  pageSize?: number;
  hangMs?: number;
  /** Orders move on by themselves, one step per this many ms (off by default). */
  autoAdvanceMs?: number;
  dispatchers?: Dispatcher[];
}

export interface WemaloSimulator {
  handle(request: Request): Promise<Response>;
  control: WemaloControl;
}

export function createWemaloSimulator(options: WemaloSimulatorOptions = {}): WemaloSimulator {
  const world = new World({
    now: options.now ?? (() => new Date()),
    initialStock: options.initialStock ?? 100,
    pageSize: options.pageSize ?? 50,
    dispatchers: options.dispatchers ?? DEFAULT_DISPATCHERS,
  });
  for (const { token, shop } of options.tokens ?? [{ token: SANDBOX_WEMALO_TOKEN, shop: SANDBOX_WEMALO_SHOP }]) world.addAccount(token, shop);
  const faults = new FaultInjector({ ...noFaults, ...options.faults }, options.seed === undefined ? Math.random : seededRandom(options.seed));
  const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit });
  const handle = createHandler({ basePath: options.basePath ?? "/sandbox/wemalo", world, faults, limiter, hangMs: options.hangMs ?? 30_000, autoAdvanceMs: options.autoAdvanceMs });
  return { handle, control: createControl(world, faults, limiter, randomBytes(16).toString("hex")) };
}
