import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders, type ExceptionKind, type Link, type OrderRow } from "@/db/schema";
import type { SourceProblem } from "@/lib/connectors";
import { isPartnerError } from "@/lib/http/errors";
import { errorSummary, exceptionKindOf } from "./errors";
import { raiseException } from "./exceptions";
import { openSource } from "./open-link";
import { canMoveTo } from "./order-status";
import { refOf } from "./order-rows";
import { recordEvent } from "./timeline";

export interface OrderProblem {
  kind: ExceptionKind;
  message: string;
  detail?: Record<string, unknown>;
}

/** Problems the source has a status for (plentymarkets 6.2 address, 6.3 stock). */
export function sourceProblemFor(kind: ExceptionKind): SourceProblem | undefined {
  if (kind === "bad_address") return "address";
  if (kind === "out_of_stock") return "stock";
  return undefined;
}

/**
 * Puts an order into exception: opens one exception per problem, writes the timeline, and tells
 * the source where it has a status for the problem. The source is told first; if that fails
 * for a passing reason the whole step is retried, and opening the exceptions again adds nothing.
 */
export async function raiseOrderProblems(tenantId: string, link: Link, order: OrderRow, found: OrderProblem[]): Promise<void> {
  const problems = [...found];
  const toReport = problems.map((p) => ({ problem: p, sourceProblem: sourceProblemFor(p.kind) })).filter((p) => p.sourceProblem);
  const reported: string[] = [];
  if (toReport.length) {
    const source = await openSource(tenantId, link);
    for (const { problem, sourceProblem } of toReport) {
      try {
        await source.ops.reportProblem(source.context, { order: refOf(order), problem: sourceProblem!, message: problem.message });
        reported.push(sourceProblem!);
      } catch (error) {
        if (!isPartnerError(error) || error.kind === "transient") throw error;
        problems.push({ kind: "partner_error", message: `The source could not be told about the ${sourceProblem} problem: ${error.message}`, detail: errorSummary(error) });
      }
    }
  }
  await withTenant(tenantId, async (tx) => {
    for (const problem of problems) {
      const opened = await raiseException(tx, tenantId, { linkId: link.id, orderId: order.id, kind: problem.kind, message: problem.message, detail: problem.detail });
      if (opened) await recordEvent(tx, tenantId, order.id, { kind: "exception", message: problem.message, detail: { exception: problem.kind, ...problem.detail } });
    }
    if (reported.length) {
      await recordEvent(tx, tenantId, order.id, { kind: "source_problem_reported", message: `The source was told: ${reported.join(", ")} problem.`, detail: { problems: reported } });
    }
    const [current] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)).for("update");
    if (current && canMoveTo(current.status, "exception")) {
      await tx.update(orders).set({ status: "exception", updatedAt: new Date() }).where(eq(orders.id, order.id));
    }
  });
}

/** A non-transient partner failure while working on one order → its exception; transient → false. */
export async function failOrderOnPartnerError(tenantId: string, link: Link, order: OrderRow, step: string, error: unknown): Promise<OrderProblem | undefined> {
  if (!isPartnerError(error) || error.kind === "transient") return undefined;
  const problem: OrderProblem = { kind: exceptionKindOf(error), message: `${step}: ${error.message}`, detail: { step, error: errorSummary(error) } };
  await raiseOrderProblems(tenantId, link, order, [problem]);
  return problem;
}
