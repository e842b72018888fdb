import { buildXml, defaultDelimiter, stringifyDelimited, type RecordFormat } from "@/lib/files";
import { fullName, type Order, type OrderLine } from "@/lib/orders";
import { parsePairs } from "./field-mapping";

const orderValues = {
  ordernumber: (o: Order) => o.orderNumber,
  orderdate: (o: Order) => o.createdAt,
  currency: (o: Order) => o.currency,
  total: (o: Order) => o.totals.total,
  shipping: (o: Order) => o.totals.shipping,
  shippingmethod: (o: Order) => o.shippingMethod.code,
  notes: (o: Order) => o.notes,
  email: (o: Order) => o.customer.email ?? o.deliveryAddress.email,
  phone: (o: Order) => o.deliveryAddress.phone ?? o.customer.phone,
  name: (o: Order) => fullName(o.deliveryAddress),
  company: (o: Order) => o.deliveryAddress.company,
  careof: (o: Order) => o.deliveryAddress.careOf,
  street: (o: Order) => [o.deliveryAddress.street, o.deliveryAddress.houseNumber].filter(Boolean).join(" "),
  addressline2: (o: Order) => o.deliveryAddress.addressLine2,
  postcode: (o: Order) => o.deliveryAddress.postalCode,
  city: (o: Order) => o.deliveryAddress.city,
  country: (o: Order) => o.deliveryAddress.countryCode,
} satisfies Record<string, (o: Order) => string | undefined>;

const lineValues = {
  linenumber: (_l: OrderLine, i: number) => String(i + 1),
  sku: (l: OrderLine) => l.sku,
  itemname: (l: OrderLine) => l.name,
  quantity: (l: OrderLine) => String(l.quantity),
  unitprice: (l: OrderLine) => l.unitPrice,
  ean: (l: OrderLine) => l.ean,
} satisfies Record<string, (l: OrderLine, i: number) => string | undefined>;

/** Field names the merchant may rename; "order", "lines" and "line" name the document's containers. */
export const orderFieldKeys = [...Object.keys(orderValues), ...Object.keys(lineValues), "order", "lines", "line"] as const;

function compact(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""));
}

/** The order file for the 3PL: a document (JSON, XML) or rows, one per order line (CSV, TXT). */
export function renderOrderFile(order: Order, options: { format: RecordFormat; fieldNames?: string; delimiter?: string; shippingCode?: string }): string {
  const names = parsePairs(options.fieldNames);
  const name = (key: string) => names.get(key) ?? key;
  const head = compact(
    Object.fromEntries(Object.entries(orderValues).map(([key, read]) => [name(key), key === "shippingmethod" && options.shippingCode ? options.shippingCode : read(order)])),
  );
  const lines = order.lines.map((line, i) => compact(Object.fromEntries(Object.entries(lineValues).map(([key, read]) => [name(key), read(line, i)]))));

  switch (options.format) {
    case "json":
      return `${JSON.stringify({ [name("order")]: { ...head, [name("lines")]: lines } }, null, 2)}\n`;
    case "xml":
      return buildXml({ [name("order")]: { ...head, [name("lines")]: { [name("line")]: lines } } });
    case "csv":
    case "txt": {
      const rows = lines.map((line) => ({ ...head, ...line }));
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      return stringifyDelimited(rows, columns, options.delimiter ?? defaultDelimiter(options.format));
    }
  }
}

export function orderFileExtension(format: RecordFormat): string {
  return format;
}
