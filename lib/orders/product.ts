import { z } from "zod";
import { countryCodeSchema } from "./address";

/** Millimetres. */
export const dimensionsSchema = z.object({
  lengthMm: z.number().int().positive(),
  widthMm: z.number().int().positive(),
  heightMm: z.number().int().positive(),
});
export type Dimensions = z.infer<typeof dimensionsSchema>;

export const productSchema = z.object({
  sku: z.string().min(1),
  name: z.string().min(1),
  /** Primary EAN/GTIN. */
  ean: z.string().optional(),
  /** Further barcodes (secondary EANs, UPC), primary not repeated. */
  barcodes: z.array(z.string().min(1)).default([]),
  weightGrams: z.number().int().nonnegative().optional(),
  dimensions: dimensionsSchema.optional(),
  /** HS / customs tariff number ("61091000"). */
  customsTariffNumber: z.string().optional(),
  countryOfOrigin: countryCodeSchema.optional(),
  active: z.boolean().default(true),
});
export type Product = z.infer<typeof productSchema>;
export type ProductInput = z.input<typeof productSchema>;
