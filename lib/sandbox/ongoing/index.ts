import { FaultInjector, noFaults, seededRandom } from "../faults";
import { createControl, type OngoingControl } from "./control";
import { DEFAULT_GOODS_OWNER, DEFAULT_USER, RATE_LIMIT } from "./facts";
import { createHandler, type RequestLogEntry } from "./handler";
import { OngoingStore, type ApiUser } from "./store";

export interface OngoingSimulatorOptions {
  /** Where the app mounts it, e.g. `/sandbox/ongoing`; requests go to `{basePath}/{instance}/api/v1/…`. */
  basePath?: string;
  /** API users; default one user `WSI-sandbox` / `sandbox` for the default goods owner. */
  users?: ApiUser[];
  goodsOwnerId?: number;
  goodsOwnerName?: string;
  /** Seed for the fault dice, so a run can be replayed. */
  seed?: number;
  now?: () => Date;
  /** How long a "timeout" fault holds the request (default 120 s). */
  hangMs?: number;
}

export interface OngoingSimulator {
  handle(request: Request): Promise<Response>;
  control: OngoingControl;
}

/** A stateful, in-memory Ongoing WMS goods-owner REST API behind a fetch handler. */
export function createOngoingSimulator(options: OngoingSimulatorOptions = {}): OngoingSimulator {
  const goodsOwnerId = options.goodsOwnerId ?? DEFAULT_GOODS_OWNER.id;
  const store = new OngoingStore(options.now ?? (() => new Date()));
  store.goodsOwners.set(goodsOwnerId, {
    id: goodsOwnerId,
    name: options.goodsOwnerName ?? DEFAULT_GOODS_OWNER.name,
    code: DEFAULT_GOODS_OWNER.code,
  });
  for (const user of options.users ?? [{ ...DEFAULT_USER, goodsOwnerId }]) {
    store.users.set(user.username, { ...user });
    if (!store.goodsOwners.has(user.goodsOwnerId)) {
      store.goodsOwners.set(user.goodsOwnerId, { id: user.goodsOwnerId, name: `Goods owner ${user.goodsOwnerId}`, code: String(user.goodsOwnerId) });
    }
  }
  const faults = new FaultInjector({ ...noFaults }, options.seed === undefined ? Math.random : seededRandom(options.seed));
  const log: RequestLogEntry[] = [];
  const rateLimit = { ...RATE_LIMIT };
  const basePath = (options.basePath ?? "").replace(/\/$/, "");
  const handle = createHandler(store, faults, { basePath, hangMs: options.hangMs ?? 120_000, log, rateLimit });
  const control = createControl({ store, faults, basePath, goodsOwnerId, log, rateLimit });
  return { handle, control };
}

export type { OngoingControl, OrderRef, OrderView, ArticleView } from "./control";
export type { ShipOptions, ShipParcel, LineQuantity } from "./lifecycle";
export type { OrderWebhookPayload } from "./webhook";
export { DEFAULT_GOODS_OWNER, DEFAULT_USER, ORDER_STATUSES, STATUS } from "./facts";
