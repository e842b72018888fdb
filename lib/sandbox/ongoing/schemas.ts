import { z } from "zod";

/**
 * Request bodies the simulator accepts, field for field from the OpenAPI client models
 * ([S4] post_order_model.py, post_order_line.py, post_order_consignee.py,
 * post_order_consignee_invoice_address.py, post_order_line_prices.py) and the article example [S1].
 * Unknown fields pass through, as the real ASP.NET binder ignores them.
 */

const text = z.string().nullish();
// The binder turns "1.5" into 1.5: the official article example sends numbers as strings. [S1]
const num = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const codeName = z.object({ code: text, name: text }).loose().nullish();
const notification = z.object({ toBeNotified: z.boolean().nullish(), value: text }).loose().nullish();
const dateLike = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "The value is not a valid date.");

const address = {
  name: text,
  address1: text,
  address2: text,
  address3: text,
  postCode: text,
  city: text,
  countryCode: text,
  countryStateCode: text,
};

export const postOrderLineSchema = z
  .object({
    rowNumber: z.string().min(1),
    articleNumber: z.string().min(1),
    numberOfItems: num.optional(),
    comment: text,
    shouldBePicked: z.boolean().nullish(),
    serialNumber: text,
    lineTotalCustomsValue: num.nullish(),
    batchNumber: text,
    prices: z
      .object({ linePrice: num.nullish(), customerLinePrice: num.nullish(), currencyCode: text, discountPercentage: num.nullish() })
      .loose()
      .nullish(),
    customerArticleNumber: text,
    warehouseInstruction: text,
    externalId: text,
  })
  .loose();

export const postOrderSchema = z
  .object({
    goodsOwnerId: z.number().int(),
    orderNumber: z.string().min(1),
    deliveryDate: dateLike,
    consignee: z
      .object({
        customerNumber: text,
        ...address,
        remark: text,
        doorCode: text,
        invoiceAddress: z.object(address).loose().nullish(),
        organisationNumber: text,
        vatNumber: text,
      })
      .loose(),
    referenceNumber: text,
    goodsOwnerOrderId: text,
    salesCode: text,
    orderRemark: text,
    deliveryInstruction: text,
    servicePointCode: text,
    freeText1: text,
    freeText2: text,
    freeText3: text,
    orderType: codeName,
    wayOfDelivery: codeName,
    emailNotification: notification,
    smsNotification: notification,
    telephoneNotification: notification,
    transporter: z.object({ transporterCode: text, transporterServiceCode: text }).loose().nullish(),
    returnTransporter: z.object({ transporterCode: text, transporterServiceCode: text }).loose().nullish(),
    orderLines: z.array(postOrderLineSchema).nullish(),
    customsInfo: z.object({}).loose().nullish(),
    freightPrice: num.nullish(),
    warehouseId: z.number().int().nullish(),
    customerPrice: num.nullish(),
    consigneeOrderNumber: text,
    warehouseInstruction: text,
    marketPlace: z.object({}).loose().nullish(),
  })
  .loose();

export const postArticleSchema = z
  .object({
    goodsOwnerId: z.number().int(),
    articleNumber: z.string().min(1),
    articleName: text,
    productCode: text,
    unitCode: text,
    description: text,
    barCodeInfo: z.object({ barCode: text, barCodePackage: text, barCodePallet: text }).loose().nullish(),
    weight: num.nullish(),
    length: num.nullish(),
    width: num.nullish(),
    height: num.nullish(),
    volume: num.nullish(),
    purchasePrice: num.nullish(),
    stockValuationPrice: num.nullish(),
    customerPrice: num.nullish(),
    countryOfOriginCode: text,
    statisticsNumber: text,
  })
  .loose();

export const patchOrderStatusSchema = z.object({ orderStatusNumber: z.number().int() }).loose();

export const putOrderTrackingSchema = z
  .object({ waybill: z.string().min(1), trackingUrl: text, isReturnTracking: z.boolean().nullish() })
  .loose();

export const patchWaybillSchema = z.object({ waybill: z.string() }).loose();

export type PostOrder = z.infer<typeof postOrderSchema>;
export type PostOrderLine = z.infer<typeof postOrderLineSchema>;
export type PostArticle = z.infer<typeof postArticleSchema>;

/** Zod issues in the ASP.NET ModelState shape: { "model.orderNumber": ["…"] }. */
export function modelState(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = ["model", ...issue.path.map(String)].join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
