import { WAREHOUSES, statusText } from "./facts";
import { inventoryInfo } from "./inventory";
import type { OngoingStore, StoredArticle, StoredOrder } from "./store";

/**
 * The API's read models: GetOrderModel ([S1] "GET response - order with many fields", [S4]
 * get_order_model.py, get_order_info.py, get_order_parcel.py, get_order_tracking.py,
 * get_order_transporter.py, get_order_info_advanced.py) and GetArticleModel ([S1] article example).
 */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function renderOrder(store: OngoingStore, order: StoredOrder) {
  const input = order.input;
  const owner = store.goodsOwners.get(order.goodsOwnerId);
  const warehouse = WAREHOUSES.find((w) => w.id === input.warehouseId) ?? WAREHOUSES[0]!;
  const sum = (pick: (l: StoredOrder["lines"][number]) => number) => order.lines.reduce((s, l) => s + pick(l), 0);
  const allocated = order.statusNumber >= 320 && order.statusNumber < 1000;
  const parcelNumber = (id: number | null) => order.parcels.find((p) => p.id === id)?.parcelNumber ?? null;
  return {
    goodsOwner: { id: order.goodsOwnerId, name: owner?.name ?? "" },
    orderInfo: {
      orderId: order.orderId,
      orderNumber: order.orderNumber,
      goodsOwnerOrderId: input.goodsOwnerOrderId ?? null,
      referenceNumber: input.referenceNumber ?? null,
      salesCode: input.salesCode ?? null,
      orderRemark: input.orderRemark ?? null,
      deliveryInstruction: input.deliveryInstruction ?? null,
      servicePointCode: input.servicePointCode ?? null,
      freeText1: input.freeText1 ?? null,
      freeText2: input.freeText2 ?? null,
      freeText3: input.freeText3 ?? null,
      orderType: input.orderType ?? null,
      wayOfDelivery: input.wayOfDelivery ?? null,
      deliveryDate: new Date(input.deliveryDate).toISOString(),
      createdDate: order.createdAt.toISOString(),
      shippedTime: iso(order.shippedAt),
      wayBill: order.wayBill,
      returnWayBill: order.returnWayBill,
      orderStatus: { number: order.statusNumber, text: statusText(order.statusNumber) },
      emailNotification: input.emailNotification ?? null,
      smsNotification: input.smsNotification ?? null,
      telephoneNotification: input.telephoneNotification ?? null,
      orderedNumberOfItems: sum((l) => l.orderedNumberOfItems),
      allocatedNumberOfItems: allocated ? sum((l) => l.orderedNumberOfItems) : 0,
      pickedNumberOfItems: sum((l) => l.pickedNumberOfItems),
      customsInfo: input.customsInfo ?? null,
      warehouse: { id: warehouse.id, code: warehouse.code, name: warehouse.name },
      customerPrice: input.customerPrice ?? null,
      consigneeOrderNumber: input.consigneeOrderNumber ?? null,
      warehouseInstruction: input.warehouseInstruction ?? null,
      marketPlace: input.marketPlace ?? null,
      advanced: {
        invoiceNumber: null,
        arrivalDate: null,
        backOrderInfo: order.backOrderForOrderId ? { backOrderForOrderId: order.backOrderForOrderId } : null,
      },
    },
    consignee: {
      customerNumber: input.consignee.customerNumber ?? null,
      name: input.consignee.name ?? null,
      address1: input.consignee.address1 ?? null,
      address2: input.consignee.address2 ?? null,
      address3: input.consignee.address3 ?? null,
      postCode: input.consignee.postCode ?? null,
      city: input.consignee.city ?? null,
      countryCode: input.consignee.countryCode ?? null,
      countryStateCode: input.consignee.countryStateCode ?? null,
      remark: input.consignee.remark ?? null,
      doorCode: input.consignee.doorCode ?? null,
      invoiceAddress: input.consignee.invoiceAddress ?? null,
      organisationNumber: input.consignee.organisationNumber ?? null,
      vatNumber: input.consignee.vatNumber ?? null,
    },
    parcels: order.parcels.map((p) => ({
      id: p.id,
      parcelNumber: p.parcelNumber,
      isReturnParcel: p.isReturnParcel,
      tracking: p.waybill ? { waybill: p.waybill, trackingUrl: p.trackingUrl } : null,
    })),
    orderLines: order.lines.map((l) => {
      const article = store.articles.get(l.articleSystemId);
      return {
        id: l.id,
        rowNumber: l.rowNumber,
        article: {
          articleSystemId: l.articleSystemId,
          articleNumber: l.articleNumber,
          articleName: article?.input.articleName ?? "",
          productCode: article?.input.productCode ?? "",
        },
        comment: l.input.comment ?? null,
        orderedNumberOfItems: l.orderedNumberOfItems,
        allocatedNumberOfItems: allocated ? l.orderedNumberOfItems : 0,
        pickedNumberOfItems: l.pickedNumberOfItems,
        reportedNumberOfItems: l.reportedNumberOfItems,
        shouldBePicked: l.input.shouldBePicked ?? true,
        pickedArticleItems: l.picked.map((item) => ({
          articleItemId: item.articleItemId,
          numberOfItems: item.numberOfItems,
          isPicked: true,
          isReturned: false,
          pickedTime: item.pickedTime.toISOString(),
          parcel: item.parcelId ? { id: item.parcelId, parcelNumber: parcelNumber(item.parcelId) } : null,
        })),
        externalId: l.input.externalId ?? null,
        prices: l.input.prices ?? null,
        lineTotalCustomsValue: l.input.lineTotalCustomsValue ?? null,
      };
    }),
    transporter: order.transporter,
    returnTransporter: null,
    tracking: order.tracking
      .filter((t) => !t.isReturn)
      .map((t) => ({ trackingUrl: t.trackingUrl, waybill: t.waybill, created: t.created.toISOString() })),
  };
}

export function renderArticle(store: OngoingStore, article: StoredArticle) {
  const owner = store.goodsOwners.get(article.goodsOwnerId);
  const { goodsOwnerId: _ignored, ...fields } = article.input;
  return {
    ...fields,
    goodsOwner: { id: article.goodsOwnerId, name: owner?.name ?? "" },
    articleSystemId: article.articleSystemId,
    articleNumber: article.articleNumber,
    articleName: article.input.articleName ?? "",
    isStockArticle: true,
    inventoryInfo: inventoryInfo(store, article),
  };
}
