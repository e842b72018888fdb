import { z } from "zod";
import { timestampSchema } from "./dates";
import { orderRefSchema } from "./order";

export const returnLineSchema = z.object({
  sku: z.string().min(1),
  quantity: z.number().int().positive(),
  lineRef: z.string().optional(),
  reason: z.string().optional(),
  /** Warehouse's grading when booked ("1. Choice", "damaged"). */
  condition: z.string().optional(),
});
export type ReturnLine = z.infer<typeof returnLineSchema>;

/** A return announced at the source (plentymarkets 9 / 9.0.1) or booked at the warehouse. */
export const returnSchema = z.object({
  /** Id of the return on the side that reported it (plentymarkets return order id, wemalo booking id). */
  returnRef: z.string().min(1),
  order: orderRefSchema.partial({ sourceRef: true }),
  createdAt: timestampSchema,
  lines: z.array(returnLineSchema),
  reason: z.string().optional(),
  /** True once the warehouse has booked the goods in. */
  received: z.boolean(),
});
export type Return = z.infer<typeof returnSchema>;
