import { buildXml } from "@/lib/files";
import { fullName, type Address, type Order } from "@/lib/orders";

/**
 * Bonver's order file. The seed (000) says only that Vendre sends "an XML file" to Bonver's FTP
 * at order time, adapted per merchant; Bonver's own schema is not public. The element names
 * therefore follow Vendre's order export (partners/vendre.md §4 [V4]: order.id,
 * date_purchased, shipment_method, customer.street_address, postcode, country_code,
 * telephone, email_address) and its product lines (model, name, quantity [V3]). GUESSED
 * layout: confirm with Bonver before the first live order.
 */
function address(a: Address) {
  return {
    name: fullName(a),
    company: a.company,
    care_of: a.careOf,
    street_address: [a.street, a.houseNumber].filter(Boolean).join(" "),
    street_address2: a.addressLine2,
    postcode: a.postalCode,
    city: a.city,
    country_code: a.countryCode,
    telephone: a.phone,
    email_address: a.email,
  };
}

export function bonverOrderXml(order: Order, options: { shippingCode?: string } = {}): string {
  return buildXml({
    order: {
      id: order.orderNumber,
      source_id: order.sourceRef,
      date_purchased: order.createdAt,
      currency: order.currency,
      shipment_method: order.shippingMethod.label ?? order.shippingMethod.code,
      shipping_method_code: options.shippingCode ?? order.shippingMethod.code,
      payment_method: order.paymentMethod,
      comment: order.notes,
      customer: {
        id: order.customer.customerRef,
        ...address(order.invoiceAddress),
        email_address: order.customer.email ?? order.invoiceAddress.email,
        telephone: order.customer.phone ?? order.invoiceAddress.phone,
      },
      delivery: address(order.deliveryAddress),
      products: {
        product: order.lines.map((line, i) => ({
          position: i + 1,
          model: line.sku,
          ean: line.ean,
          name: line.name,
          quantity: line.quantity,
          price_each_incl_tax: line.unitPrice,
          tax: line.taxRate,
        })),
      },
      totals: { shipping: order.totals.shipping, discount: order.totals.discount, tax: order.totals.tax, total: order.totals.total },
    },
  });
}
