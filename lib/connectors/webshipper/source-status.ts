import type { SourceProblem } from "@/lib/connectors/types";
import type { OrderRef } from "@/lib/orders";
import type { WebshipperContext } from "./api";
import { parseSourceRef, sentTagFor } from "./source-refs";
import { addTag } from "./tags";

/** Handed over: tag it, so it is never listed again ("marked sent on the other side", seed 002). */
export async function acknowledge(ctx: WebshipperContext, input: { order: OrderRef }): Promise<void> {
  const ref = parseSourceRef(input.order.sourceRef);
  await addTag(ctx, ref.orderId, sentTagFor(ctx.settings.sentTag, ref));
}

/**
 * A problem goes into the order's internal comment ("changing this creates a new comment" [W2])
 * and a tag the merchant can filter on.
 */
export async function reportProblem(ctx: WebshipperContext, input: { order: OrderRef; problem: SourceProblem; message: string }): Promise<void> {
  const ref = parseSourceRef(input.order.sourceRef);
  await addTag(ctx, ref.orderId, `${ctx.settings.sentTag}:problem:${input.problem}`, { internal_comment: `Lagerbro: ${input.message}` });
}
