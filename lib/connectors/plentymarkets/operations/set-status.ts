import type { OrderRef } from "@/lib/orders";
import type { ConnectorContext, SourceProblem } from "../../types";
import { updateOrder } from "../api";
import type { PlentyCredentials, PlentySettings } from "../credentials";
import { toApiStatus } from "../status-ids";

type Ctx = ConnectorContext<PlentyCredentials, PlentySettings>;

/** 5 → 5.1 after handover. One PUT; setting the same status twice changes nothing. */
export async function acknowledge(ctx: Ctx, input: { order: OrderRef }): Promise<void> {
  await updateOrder(ctx, input.order.sourceRef, { statusId: toApiStatus(ctx.settings.acknowledgedStatus) }, "acknowledge order");
}

/**
 * Address → 6.2, stock → 6.3, other → 5.6 (configurable). The message is only logged: the
 * comments route is not in our plentymarkets spec subset.
 */
export async function reportProblem(ctx: Ctx, input: { order: OrderRef; problem: SourceProblem; message: string }): Promise<void> {
  const s = ctx.settings;
  const status = input.problem === "address" ? s.addressProblemStatus : input.problem === "stock" ? s.stockProblemStatus : s.otherProblemStatus;
  ctx.log.info("plentymarkets order flagged", { orderId: input.order.sourceRef, problem: input.problem, status, message: input.message });
  await updateOrder(ctx, input.order.sourceRef, { statusId: toApiStatus(status) }, `report ${input.problem} problem`);
}
