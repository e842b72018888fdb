import { z } from "zod";

/**
 * Ongoing's payloads as the connector reads them (partners/ongoing.md [S1][S4][S12]). Only the
 * fields we use are required; everything else may be missing or null, as ASP.NET sends nulls.
 */

const str = z.string().nullish();
const num = z.number().nullish();
/** Item counts: Ongoing may send decimals, but never a negative or astronomic one (it would become a quantity). */
const count = z.number().min(0).max(1_000_000_000);

export const putOrderResponseSchema = z.object({ orderId: z.number().int(), message: str });
export const putArticleResponseSchema = z.object({ articleSystemId: z.number().int(), message: str });

export const orderStatusesSchema = z.object({
  orderStatuses: z.array(z.object({ number: z.number().int(), text: str })),
});

export const transporterContractsSchema = z.array(
  z.object({
    transporterName: str,
    transporterCode: z.string(),
    transporterServices: z.array(z.object({ transporterServiceName: str, transporterServiceCode: z.string() })).nullish(),
  }),
);

export const warehousesSchema = z.array(z.object({ id: z.number().int(), code: str, name: str }));

export const ongoingOrderSchema = z.object({
  goodsOwner: z.object({ id: z.number().int(), name: str }).nullish(),
  orderInfo: z.object({
    orderId: z.number().int(),
    orderNumber: z.string().min(1),
    orderStatus: z.object({ number: z.number().int(), text: str }),
    createdDate: str,
    shippedTime: str,
    wayBill: str,
    advanced: z.object({ backOrderInfo: z.object({ backOrderForOrderId: z.number().int() }).nullish() }).nullish(),
  }),
  parcels: z
    .array(
      z.object({
        id: z.number().int(),
        parcelNumber: str,
        isReturnParcel: z.boolean().nullish(),
        tracking: z.object({ waybill: str, trackingUrl: str }).nullish(),
      }),
    )
    .nullish(),
  orderLines: z
    .array(
      z.object({
        id: z.number().int(),
        rowNumber: str,
        article: z.object({ articleNumber: z.string().min(1) }),
        orderedNumberOfItems: count,
        pickedNumberOfItems: count.nullish(),
        pickedArticleItems: z
          .array(z.object({ numberOfItems: count, parcel: z.object({ id: z.number().int() }).nullish() }))
          .nullish(),
      }),
    )
    .nullish(),
  transporter: z.object({ transporterName: str, name: str, code: str, serviceCode: str }).nullish(),
  tracking: z.array(z.object({ waybill: str, trackingUrl: str })).nullish(),
});
export type OngoingOrder = z.infer<typeof ongoingOrderSchema>;
export const ongoingOrdersSchema = z.array(ongoingOrderSchema);

export const ongoingArticleSchema = z.object({
  articleSystemId: z.number().int(),
  articleNumber: z.string(),
  articleName: str,
  goodsOwner: z.object({ id: z.number().int(), name: str }).nullish(),
  inventoryInfo: z
    .object({
      /** Physical stock: never negative (it would become a quantity). */
      numberOfItems: count.nullish(),
      /** May be negative when orders book more than is in stock; the mapper reads that as 0 available. */
      sellableNumberOfItems: z.number().min(-1_000_000_000).max(1_000_000_000).nullish(),
      allocatedNumberOfItems: num,
      numberOfBookedItems: num,
    })
    .nullish(),
});
export type OngoingArticle = z.infer<typeof ongoingArticleSchema>;
export const ongoingArticlesSchema = z.array(ongoingArticleSchema);

/** The order webhook body. [S12] */
export const orderWebhookSchema = z.object({
  webhookEventId: num,
  timestamp: str,
  orderId: z.number().int(),
  orderNumber: z.string(),
  goodsOwnerId: z.number().int(),
  orderStatus: z.object({ number: z.number().int() }),
  tracking: z.array(z.object({ trackingUrl: str, waybill: str, isReturn: z.boolean().nullish() })).nullish(),
  parcels: z.array(z.object({ id: z.number().int(), parcelNumber: str, isReturnParcel: z.boolean().nullish() })).nullish(),
});

/** An ASP.NET Web API error body; the only one seen is {"Message":"An error has occurred."} [S5]. */
export const aspNetErrorSchema = z.object({ Message: z.string() }).loose();

/** ASP.NET error bodies say {"Message": …}; PUT answers say {"message": …}. */
export function errorMessage(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { Message?: unknown; message?: unknown };
    const m = parsed.Message ?? parsed.message;
    return typeof m === "string" && m !== "" ? m : undefined;
  } catch {
    return body.length > 0 && body.length < 300 ? body : undefined;
  }
}
