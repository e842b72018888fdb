import { fullName, type Address } from "@/lib/orders";
import { countryIso3, countryName } from "./country";
import type { CustomerOrder } from "./customer-orders";
import { formatMoney, lineTotal, localeOf } from "./format";
import type { PullAddress, PullCustomer, PullOrderDetail, PullPackage } from "./shapes";

function pullAddress(address: Address, locale: string): PullAddress {
  const street = [address.street, address.houseNumber].filter(Boolean).join(" ");
  const second = [address.careOf ? `c/o ${address.careOf}` : undefined, address.addressLine2, address.parcelLocker].filter(Boolean).join(", ");
  return {
    reference: fullName(address),
    address: street,
    address2: second || null,
    zipcode: address.postalCode,
    ziparea: address.city,
    Country: countryName(address.countryCode, locale),
    country_iso: countryIso3(address.countryCode),
  };
}

/** Only links a customer can open (seed 003: "Börjar med https://"). */
function httpsOnly(url: string | undefined): string | null {
  return url?.startsWith("https://") ? url : null;
}

/**
 * One order in seed 003's shape. The customer block is the invoice address with the shop's
 * customer number; delivery is the delivery address; packages are the parcels of every shipment
 * the warehouse reported. Lagerbro has no PO number and no order PDF: po_number and pdf_link are null.
 */
export function toOrderDetail(order: CustomerOrder): PullOrderDetail {
  const c = order.canonical;
  const locale = localeOf(c.customer.language);
  const money = (amount: string) => formatMoney(amount, c.currency, locale);
  const customer: PullCustomer = { company: c.invoiceAddress.company ?? null, no: order.customerNo, ...pullAddress(c.invoiceAddress, locale) };
  const packages: PullPackage[] = order.parcels.map((p) => ({ tracing_id: p.trackingNumber, tracking_link: httpsOnly(p.trackingUrl) }));
  return {
    id: order.orderNumber,
    date: order.orderDate,
    status: order.status,
    currency: c.currency,
    po_number: null,
    comment: c.notes ?? null,
    total: money(c.totals.total),
    shipping_cost: money(c.totals.shipping),
    // One figure: the canonical order carries the tax total, not its split by rate.
    tax: money(c.totals.tax),
    customer,
    products: c.lines.map((line) => ({
      model: line.sku,
      name: line.name,
      quantity: line.quantity,
      price: money(line.unitPrice),
      discount: money("0"),
      row_total: money(lineTotal(line.unitPrice, line.quantity, c.currency)),
    })),
    delivery: pullAddress(c.deliveryAddress, locale),
    reference: c.externalOrderNumber ?? null,
    packages,
    orders: [{ order_no: order.orderNumber, pdf_link: null }],
  };
}
