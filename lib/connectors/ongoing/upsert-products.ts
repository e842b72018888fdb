import { z } from "zod";
import type { ProductUpsertResult } from "@/lib/connectors/types";
import { isPartnerError } from "@/lib/http";
import type { Product } from "@/lib/orders";
import { ongoingCall, type OngoingContext } from "./api";
import { listArticles } from "./articles";
import { putArticleResponseSchema } from "./schemas";

/**
 * `PUT /articles` upserts by article number [S1]. Calls go one after another: Ongoing runs
 * writes per goods owner in sequence and parallel ones time out [S10]. One read first tells
 * created from updated, which the PUT answer ("Updated/Created") does not.
 */
export async function upsertProducts(ctx: OngoingContext, input: { products: Product[] }): Promise<ProductUpsertResult[]> {
  const existing = new Set((await listArticles(ctx, { articleNumbers: input.products.map((p) => p.sku) })).map((a) => a.articleNumber));
  const results: ProductUpsertResult[] = [];
  for (const product of input.products) {
    try {
      await ongoingCall(ctx, {
        method: "PUT",
        path: "/articles",
        body: toArticleBody(product, ctx.credentials.goodsOwnerId),
        schema: putArticleResponseSchema,
        operation: "upsert article",
      });
      results.push({ sku: product.sku, outcome: existing.has(product.sku) ? "updated" : "created" });
    } catch (error) {
      // A refused article is reported per SKU; anything that may pass on a retry stops the batch.
      if (isPartnerError(error) && error.kind !== "transient") results.push({ sku: product.sku, outcome: "failed", error: refusalReason(error.body) ?? error.message });
      else throw error;
    }
  }
  return results;
}

const refusalSchema = z.looseObject({ Message: z.string().optional(), ModelState: z.record(z.string(), z.array(z.string())).optional() });

/** Ongoing's words for a refusal: the ModelState messages, else its Message (ASP.NET shapes [S5]). */
export function refusalReason(body: string | undefined): string | undefined {
  if (!body) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = refusalSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  // Blank words are no reason: the caller falls back to the HTTP error's own message.
  const details = Object.values(parsed.data.ModelState ?? {}).flat().filter((d) => d.trim());
  if (details.length > 0) return details.join(" ");
  return parsed.data.Message?.trim() ? parsed.data.Message : undefined;
}

/** PostArticleModel [S1][S4]. GUESS: weight in kilograms; dimensions are left out (unit unknown). */
export function toArticleBody(product: Product, goodsOwnerId: number) {
  return {
    goodsOwnerId,
    articleNumber: product.sku,
    articleName: product.name,
    ...(product.ean ? { barCodeInfo: { barCode: product.ean } } : {}),
    ...(product.weightGrams !== undefined ? { weight: product.weightGrams / 1000 } : {}),
    // Ongoing's "statistics number" is the customs tariff (HS) number.
    ...(product.customsTariffNumber ? { statisticsNumber: product.customsTariffNumber } : {}),
    ...(product.countryOfOrigin ? { countryOfOriginCode: product.countryOfOrigin } : {}),
  };
}
