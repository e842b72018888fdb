import { z } from "zod";

/**
 * wemalo-connect payloads as documented in its apidoc export [M1] and as wemalo's plugin reads
 * them [M2]. Objects are loose: wemalo adds fields freely, we require only what we use.
 */
const id = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);
const text = z.union([z.string(), z.number().transform(String)]);
/** An order's external id names the order: an empty one would make a change for no order. */
const ref = z.union([z.string().min(1), z.number().transform(String)]);

export const shopResponse = z.looseObject({ shop: z.string().min(1) });

export const profilesResponse = z.looseObject({
  dispatcher: z.array(
    z.looseObject({
      name: z.string(),
      profiles: z.array(z.looseObject({ matchId: z.string().nullish(), product: z.string().nullish() })),
    }),
  ),
});
export type ProfilesResponse = z.infer<typeof profilesResponse>;

export const orderStatusResponse = z.looseObject({
  statusId: text.optional(),
  statusName: z.string().min(1),
  reasonPartiallyReserved: z.string().nullish(),
  blockReason: z.string().nullish(),
  id: id.optional(),
  orderNumber: text.nullish(),
});
export type OrderStatusResponse = z.infer<typeof orderStatusResponse>;

/** `POST /goodsOrder/addConditional` answers `status` and `orderStatus` (the status name) [M2]. */
export const addConditionalResponse = z.looseObject({
  id: id,
  orderStatus: z.string().min(1),
  reasonPartiallyReserved: z.string().nullish(),
  blockReason: z.string().nullish(),
});

export const okResponse = z.looseObject({ Success: z.literal(true) });

export const sentPackagesResponse = z.looseObject({
  page: z.number().int(),
  additionalPage: z.boolean(),
  bookings: z.array(
    z.looseObject({
      historyId: id,
      goodsOrderId: id,
      externalGoodsOrderId: ref,
      sku: z.string().min(1),
      count: z.number().int(),
      trackingNumber: z.string().min(1),
      bookingDate: z.string(),
      handoverDate: z.string().nullish(),
      dispatcherName: z.string().nullish(),
      dispatcherProduct: z.string().nullish(),
      packageId: id.optional(),
      recipient: z.looseObject({}).optional(),
    }),
  ),
});
export type SentBooking = z.infer<typeof sentPackagesResponse>["bookings"][number];

export const packagesResponse = z.looseObject({
  packages: z.array(
    z.looseObject({
      id: id,
      trackingNumber: z.string().nullish(),
      profileName: z.string().nullish(),
      weightTotal: z.number().nullish(),
      isHandedOver: z.boolean().nullish(),
      items: z.array(z.looseObject({ sku: z.string(), quantity: z.number().int() })),
    }),
  ),
});

export const trackingResponse = z.looseObject({
  trackingNumber: z.string().min(1),
  profileName: z.string().nullish(),
  carrier: z.string().nullish(),
});

export const returnBookingsResponse = z.looseObject({
  page: z.number().int(),
  additionalPage: z.boolean(),
  bookings: z.array(
    z.looseObject({
      id: id,
      sku: z.string().nullish(),
      externalProductId: z.string().nullish(),
      bookingDate: z.string(),
      count: z.number().int().optional(),
      reasonCode: z.string().nullish(),
      attributeCode: z.string().nullish(),
      goodsOrderExternalId: text.nullish(),
      goodsReceiptExternalId: text.nullish(),
    }),
  ),
});
export type ReturnBooking = z.infer<typeof returnBookingsResponse>["bookings"][number];

export const idResponse = z.looseObject({ id: id });

export const availableStockResponse = z.looseObject({
  articles: z.array(
    z.looseObject({
      sku: z.string(),
      externalId: text.nullish(),
      /** A figure beyond a billion is garbage, not stock (it would become a shop's quantity); below 0 the mapper reads 0. */
      attributes: z.array(z.looseObject({ isDefault: z.boolean(), quantity: z.number().min(-1_000_000_000).max(1_000_000_000) })),
    }),
  ),
});

export const webhookRegisterResponse = z.looseObject({ event: z.string(), payload: z.string() });

/** The error body: `Success: false`, a status, typed error fields [M1]; field layout partly guessed. */
export const errorBody = z.looseObject({
  message: z.string().optional(),
  errors: z.array(z.looseObject({ type: z.string().optional(), field: z.string().optional(), value: z.unknown().optional(), message: z.string().optional() })).optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** Webhook envelope `{ token, eventData }` as wemalo's plugin reads it [M2]; fields per event [M1]. */
export const statusUpdateEvent = z.looseObject({
  orderId: id.optional(),
  externalId: ref,
  orderNumber: text.nullish(),
  statusName: z.string().optional(),
  reasonPartiallyReserved: z.string().nullish(),
  blockReason: z.string().nullish(),
});

export const trackingAddedEvent = z.looseObject({
  goodsOrderId: id,
  goodsOrderParcelId: id,
  /** Not in the apidoc's field list, but wemalo's plugin relies on it [M2]. */
  goodsOrderExternalId: ref,
});

export const webhookEnvelope = z.looseObject({ token: z.string(), eventData: z.looseObject({}) });
