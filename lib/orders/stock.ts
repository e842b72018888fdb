import { z } from "zod";
import { timestampSchema } from "./dates";

/** Stock of one SKU in one warehouse (or the whole account when warehouseRef is absent). Integer units. */
export const stockLevelSchema = z.object({
  sku: z.string().min(1),
  warehouseRef: z.string().optional(),
  /** What can be sold: physical minus reserved. */
  available: z.number().int(),
  physical: z.number().int().optional(),
  reserved: z.number().int().optional(),
  observedAt: timestampSchema,
});
export type StockLevel = z.infer<typeof stockLevelSchema>;
