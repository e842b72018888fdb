import { z } from "zod";
import { timestampSchema } from "./dates";
import { orderRefSchema } from "./order";

/** A source asked to cancel an order (plentymarkets status 8 / 8.0). */
export const cancellationSchema = z.object({
  order: orderRefSchema,
  requestedAt: timestampSchema,
  reason: z.string().optional(),
  /** The source status that signalled it, for the timeline ("8", "8.1"). */
  sourceStatus: z.string().optional(),
});
export type Cancellation = z.infer<typeof cancellationSchema>;

/**
 * What the warehouse said. too_late: it has started, say so instead of dropping it (seed 004:
 * 8.0 → 8.8 is set even then, which hides the problem).
 */
export const cancellationOutcomes = ["cancelled", "already_cancelled", "too_late", "not_found"] as const;
export const cancellationOutcomeSchema = z.enum(cancellationOutcomes);
export type CancellationOutcome = z.infer<typeof cancellationOutcomeSchema>;

export const cancellationResultSchema = z.object({
  outcome: cancellationOutcomeSchema,
  message: z.string().optional(),
});
export type CancellationResult = z.infer<typeof cancellationResultSchema>;
