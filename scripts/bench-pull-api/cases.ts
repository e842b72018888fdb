export interface PullBenchCase {
  name: string;
  kind: "list" | "detail";
  /** Path under /api/pull/v1/customers/{customerNo}/ and its query. */
  path: (i: number) => string;
}

/** The shop's calls (seed 003) for customer `customerNo`, whose orders are `orderNumbers`. */
export function pullBenchCases(customerNo: string, orderNumbers: string[], invoiceNumbers: string[]): PullBenchCase[] {
  const pick = (list: string[], i: number) => list[(i * 7919) % list.length]!;
  return [
    { name: "orders: page 1 of 25", kind: "list", path: () => `${customerNo}/orders` },
    { name: "orders: page 1 of 100", kind: "list", path: () => `${customerNo}/orders?per_page=100` },
    { name: "orders: page 40 of 25 (last)", kind: "list", path: () => `${customerNo}/orders?page=40` },
    { name: "orders: one year (from/to)", kind: "list", path: () => `${customerNo}/orders?from=2025-01-01&to=2025-12-31` },
    { name: "orders: customer without orders", kind: "list", path: () => `no-such-customer/orders` },
    { name: "invoices: page 1 of 25", kind: "list", path: () => `${customerNo}/invoices` },
    { name: "invoices: one year, page 2", kind: "list", path: () => `${customerNo}/invoices?from=2025-01-01&to=2025-12-31&page=2` },
    { name: "order: detail (random of 1,000)", kind: "detail", path: (i) => `${customerNo}/orders/${pick(orderNumbers, i)}` },
    { name: "invoice: detail (random of 1,000)", kind: "detail", path: (i) => `${customerNo}/invoices/${pick(invoiceNumbers, i)}` },
  ];
}
