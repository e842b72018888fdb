import { ERROR_BODY, STATUS, WORK_STARTED_FROM, statusText } from "./facts";
import { touchStock } from "./inventory";
import { fail, ok, type Result } from "./result";
import type { PostOrder } from "./schemas";
import type { OngoingStore, StoredOrder, StoredOrderLine } from "./store";

export function hasWorkStarted(order: StoredOrder): boolean {
  return order.statusNumber >= WORK_STARTED_FROM && order.statusNumber !== STATUS.error;
}

/**
 * `PUT /orders`: create, or update the order with the same order number — refused once the
 * warehouse has started on it [S4]. Every line's article must exist first (Ongoing's webshop flow
 * is ProcessArticle → ProcessOrder [S5]); the wording of both refusals is a GUESS.
 */
export function upsertOrder(
  store: OngoingStore,
  input: PostOrder,
): Result<{ order: StoredOrder; created: boolean }> {
  const goodsOwnerId = input.goodsOwnerId;
  const existing = store.orderByNumber(goodsOwnerId, input.orderNumber);
  if (existing && (hasWorkStarted(existing) || existing.statusNumber === STATUS.cancelled)) {
    return fail(
      400,
      ERROR_BODY.rejected(
        `Order ${input.orderNumber} can not be updated since it has status ${existing.statusNumber} (${statusText(existing.statusNumber)}).`,
      ),
    );
  }
  const lineInputs = input.orderLines ?? [];
  const modelErrors: Record<string, string[]> = {};
  lineInputs.forEach((l, i) => {
    if (l.numberOfItems === undefined || l.numberOfItems <= 0) {
      modelErrors[`model.orderLines[${i}].numberOfItems`] = ["NumberOfItems must be greater than 0."];
    }
  });
  if (Object.keys(modelErrors).length > 0) return fail(400, ERROR_BODY.invalid(modelErrors));
  for (const l of lineInputs) {
    if (!store.articleByNumber(goodsOwnerId, l.articleNumber)) {
      return fail(400, ERROR_BODY.rejected(`Article with article number '${l.articleNumber}' does not exist.`));
    }
  }

  const now = store.now();
  const lines: StoredOrderLine[] = lineInputs.map((l) => {
    const previous = existing?.lines.find((p) => p.rowNumber === l.rowNumber);
    return {
      id: previous?.id ?? store.nextId("line"),
      rowNumber: l.rowNumber,
      articleNumber: l.articleNumber,
      articleSystemId: store.articleByNumber(goodsOwnerId, l.articleNumber)!.articleSystemId,
      orderedNumberOfItems: l.numberOfItems ?? 0,
      pickedNumberOfItems: 0,
      reportedNumberOfItems: null,
      input: l,
      picked: [],
    };
  });

  if (existing) {
    existing.input = input;
    existing.lines = lines;
    existing.updatedAt = now;
    touchStock(store, existing);
    return ok({ order: existing, created: false });
  }
  const order: StoredOrder = {
    orderId: store.nextId("order"),
    goodsOwnerId,
    orderNumber: input.orderNumber,
    statusNumber: STATUS.open,
    input,
    lines,
    parcels: [],
    tracking: [],
    wayBill: null,
    returnWayBill: null,
    transporter: null,
    backOrderForOrderId: null,
    errorReason: null,
    createdAt: now,
    updatedAt: now,
    statusChangedAt: now,
    shippedAt: null,
  };
  store.orders.set(order.orderId, order);
  touchStock(store, order);
  return ok({ order, created: true });
}

/** `DELETE /orders/{id}`: only before the warehouse has begun picking. [S4] orders_delete.py, [S6] */
export function cancelOrder(store: OngoingStore, order: StoredOrder): Result<StoredOrder> {
  if (order.statusNumber === STATUS.cancelled) {
    return fail(400, ERROR_BODY.rejected(`Order ${order.orderNumber} is already cancelled.`));
  }
  if (hasWorkStarted(order)) {
    return fail(
      400,
      ERROR_BODY.rejected(
        `Order ${order.orderNumber} can not be cancelled since the warehouse has started working on it (status ${order.statusNumber} ${statusText(order.statusNumber)}).`,
      ),
    );
  }
  setStatus(store, order, STATUS.cancelled);
  return ok(order);
}

export function setStatus(store: OngoingStore, order: StoredOrder, statusNumber: number): void {
  const now = store.now();
  if (order.statusNumber !== statusNumber) order.statusChangedAt = now;
  order.statusNumber = statusNumber;
  order.updatedAt = now;
  touchStock(store, order);
}
