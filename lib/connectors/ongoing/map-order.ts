import { needsMerchant } from "@/lib/http";
import { fullName, moneyToNumber, type Address, type Order } from "@/lib/orders";

/**
 * Canonical order → Ongoing's PUT /orders body (PostOrderModel [S4] post_order_model.py,
 * post_order_consignee.py, post_order_line.py; required fields as in [S1]).
 */

export interface OngoingOrderBody {
  goodsOwnerId: number;
  orderNumber: string;
  deliveryDate: string;
  goodsOwnerOrderId?: string;
  referenceNumber?: string;
  orderRemark?: string;
  consignee: OngoingConsignee & { customerNumber?: string; invoiceAddress?: OngoingAddress };
  orderLines: {
    rowNumber: string;
    articleNumber: string;
    numberOfItems: number;
    externalId: string;
    lineTotalCustomsValue: number;
  }[];
  transporter?: { transporterCode: string; transporterServiceCode?: string };
  emailNotification?: { toBeNotified: boolean; value: string };
  smsNotification?: { toBeNotified: boolean; value: string };
  customsInfo: { customsValueCurrencyCode: string };
}

interface OngoingAddress {
  name: string;
  address1: string;
  address2?: string;
  address3?: string;
  postCode: string;
  city: string;
  countryCode: string;
  countryStateCode?: string;
}
type OngoingConsignee = OngoingAddress;

export interface MapOrderOptions {
  goodsOwnerId: number;
  /** The transporter the link mapped the shipping method to: "PLAB" or "PLAB:P18". */
  shippingCode?: string;
  notifyConsignee: boolean;
  now: Date;
}

export function toOngoingOrder(order: Order, options: MapOrderOptions): OngoingOrderBody {
  const { customer } = order;
  const body: OngoingOrderBody = {
    goodsOwnerId: options.goodsOwnerId,
    orderNumber: order.orderNumber,
    // Required by the API; "ship as soon as possible" is today.
    deliveryDate: options.now.toISOString().slice(0, 10),
    goodsOwnerOrderId: order.sourceRef,
    consignee: {
      ...toAddress(order.deliveryAddress, "delivery"),
      invoiceAddress: toAddress(order.invoiceAddress, "invoice"),
    },
    orderLines: order.lines.map((line) => ({
      // lineRef is stable across retries, so an update keeps Ongoing's line ids.
      rowNumber: line.lineRef,
      articleNumber: line.sku,
      numberOfItems: line.quantity,
      externalId: line.lineRef,
      lineTotalCustomsValue: round2(moneyToNumber(line.unitPrice) * line.quantity),
    })),
    customsInfo: { customsValueCurrencyCode: order.currency },
  };
  if (customer.customerRef) body.consignee.customerNumber = customer.customerRef;
  if (order.externalOrderNumber) body.referenceNumber = order.externalOrderNumber;
  if (order.notes) body.orderRemark = order.notes;
  const transporter = parseShippingCode(options.shippingCode);
  if (transporter) body.transporter = transporter;
  // The carrier notifies whoever receives the parcel, so the delivery address's contact comes first.
  const email = order.deliveryAddress.email ?? customer.email;
  const phone = order.deliveryAddress.phone ?? customer.phone;
  if (email) body.emailNotification = { toBeNotified: options.notifyConsignee, value: email };
  if (phone) body.smsNotification = { toBeNotified: options.notifyConsignee, value: phone };
  return body;
}

/** "PLAB:P18" → transporter PLAB, service P18; "PLAB" → transporter only. */
export function parseShippingCode(code: string | undefined): OngoingOrderBody["transporter"] | undefined {
  if (!code) return undefined;
  const [transporterCode, serviceCode] = code.split(":");
  if (!transporterCode) return undefined;
  return serviceCode ? { transporterCode, transporterServiceCode: serviceCode } : { transporterCode };
}

/**
 * Ongoing has one name and three address lines: the company (or person) is the name; the
 * person at a company, c/o, second line and parcel locker follow the street.
 */
function toAddress(address: Address, which: "delivery" | "invoice"): OngoingAddress {
  const person = fullName({ firstName: address.firstName, lastName: address.lastName });
  const name = address.company || person;
  if (!name) throw needsMerchant("ongoing", "bad_address", `the ${which} address has no name`);
  const extras = [
    address.company && person ? `Att. ${person}` : undefined,
    address.careOf ? (/^c\/o\b/i.test(address.careOf) ? address.careOf : `c/o ${address.careOf}`) : undefined,
    address.addressLine2,
    address.parcelLocker ? `Parcel locker ${address.parcelLocker}` : undefined,
  ].filter((x): x is string => Boolean(x));
  const out: OngoingAddress = {
    name,
    address1: [address.street, address.houseNumber].filter(Boolean).join(" "),
    postCode: address.postalCode,
    city: address.city,
    countryCode: address.countryCode,
  };
  if (extras[0]) out.address2 = extras[0];
  if (extras.length > 1) out.address3 = extras.slice(1).join(", ");
  if (address.region) out.countryStateCode = address.region;
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
