import type { SourceProblem } from "@/lib/connectors/types";
import type { OrderRef } from "@/lib/orders";
import type { RackbeatContext } from "./api";
import { addNoteOnce } from "./orders-read";
import { parseSourceRef, sentMarker } from "./source-refs";

/**
 * Rackbeat has no status to move an order to (booleans only [R §4]); an order note records that
 * Webshipper has it ("sent on one side is marked on the other", seed 002). Once only.
 */
export async function acknowledge(ctx: RackbeatContext, input: { order: OrderRef }): Promise<void> {
  const ref = parseSourceRef(input.order.sourceRef);
  const what = ref.shipmentId === undefined ? "Order" : `Shipment ${ref.shipmentId}`;
  await addNoteOnce(ctx, ref.orderNumber, sentMarker(ref), `${what} sent to Webshipper by Lagerbro${input.order.warehouseRef ? ` (Webshipper order ${input.order.warehouseRef})` : ""} ${sentMarker(ref)}`);
}

export async function reportProblem(ctx: RackbeatContext, input: { order: OrderRef; problem: SourceProblem; message: string }): Promise<void> {
  const ref = parseSourceRef(input.order.sourceRef);
  const marker = `[lagerbro:problem:${input.problem}:${input.message.slice(0, 60)}]`;
  await addNoteOnce(ctx, ref.orderNumber, marker, `Lagerbro could not send this order (${input.problem}): ${input.message} ${marker}`);
}
