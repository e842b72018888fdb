import type { ListOrdersInput } from "../../lib/orders-query/list-orders";

export interface BenchCase {
  name: string;
  kind: "list" | "filter" | "search";
  tenant: "big" | "small";
  input: ListOrdersInput;
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The list, filter and search queries of the orders page, on the 100k-order tenant and a small one. */
export function benchCases(world: { bigLinkIds: [string, string] }, deep: { cursor: string; offset: number }): BenchCase[] {
  return [
    { name: "list: first page", kind: "list", tenant: "big", input: {} },
    { name: `list: page after ${deep.offset.toLocaleString("en")} rows (cursor)`, kind: "list", tenant: "big", input: { after: deep.cursor } },
    { name: "list: first page, small tenant", kind: "list", tenant: "small", input: {} },
    { name: "filter: status = exception (2%)", kind: "filter", tenant: "big", input: { status: "exception" } },
    { name: "filter: status = shipped", kind: "filter", tenant: "big", input: { status: "shipped" } },
    { name: "filter: second link (25%)", kind: "filter", tenant: "big", input: { linkId: world.bigLinkIds[1] } },
    { name: "filter: last 7 days", kind: "filter", tenant: "big", input: { from: daysAgo(7), to: daysAgo(0) } },
    { name: "filter: exception + last 30 days", kind: "filter", tenant: "big", input: { status: "exception", from: daysAgo(30) } },
    { name: "filter: received + second link", kind: "filter", tenant: "big", input: { status: "received", linkId: world.bigLinkIds[1] } },
    { name: "search: order number prefix", kind: "search", tenant: "big", input: { q: "BIG-00123" } },
    { name: "search: customer first name", kind: "search", tenant: "big", input: { q: "clara" } },
    { name: "search: last name prefix", kind: "search", tenant: "big", input: { q: "lindq" } },
    { name: "search: name + status", kind: "search", tenant: "big", input: { q: "krüger", status: "exception" } },
  ];
}
