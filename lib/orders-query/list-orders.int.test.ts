import { beforeAll, describe, expect, it } from "vitest";
import { listOrders, type ListOrdersInput } from "./list-orders";
import { getOrderDetail } from "./order-detail";
import { findOrderStatus } from "./order-exists";
import { addLink, seedOrders, tenantWithLink } from "./testing";

const base = Date.parse("2026-11-10T12:00:00.000Z");
/** 130 orders one minute apart, with two that share a received_at to prove the id tie-break. */
const minutesAgo = (i: number) => new Date(base - i * 60_000);

let a: { tenantId: string; linkId: string; otherLinkId: string; ids: string[] };
let b: { tenantId: string; linkId: string; ids: string[] };

async function allPages(tenantId: string, input: ListOrdersInput) {
  const seen: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await listOrders(tenantId, { ...input, after });
    seen.push(...result.rows.map((r) => r.orderNumber));
    if (!result.next) break;
    after = result.next;
  }
  return seen;
}

beforeAll(async () => {
  const t = await tenantWithLink("Tenant A");
  const otherLinkId = await addLink(t.tenantId, "Second shop");
  const seeds = Array.from({ length: 130 }, (_, i) => ({
    orderNumber: `A-${String(i).padStart(4, "0")}`,
    receivedAt: i === 61 ? minutesAgo(60) : minutesAgo(i),
    status: i % 10 === 0 ? ("exception" as const) : i % 3 === 0 ? ("shipped" as const) : ("sent" as const),
    customer: i === 7 ? { firstName: "Åsa", lastName: "Lindqvist" } : i === 8 ? { company: "100% Kaffe AB" } : { firstName: "Max", lastName: `Muster${i}` },
  }));
  const ids = await seedOrders(t.tenantId, t.linkId, seeds.slice(0, 120));
  ids.push(...(await seedOrders(t.tenantId, otherLinkId, seeds.slice(120))));
  a = { ...t, otherLinkId, ids };
  const tb = await tenantWithLink("Tenant B");
  b = { ...tb, ids: await seedOrders(tb.tenantId, tb.linkId, [{ orderNumber: "A-0001", receivedAt: minutesAgo(1), customer: { firstName: "Bea", lastName: "Other" } }]) };
});

describe("listOrders", () => {
  it("pages newest first by keyset, every order exactly once, ties broken by id", async () => {
    const seen = await allPages(a.tenantId, { limit: 25 });
    expect(seen).toHaveLength(130);
    expect(new Set(seen).size).toBe(130);
    expect(seen[0]).toBe("A-0000");
    // A-0060 and A-0061 share a received_at: both appear, next to each other.
    expect(Math.abs(seen.indexOf("A-0060") - seen.indexOf("A-0061"))).toBe(1);
    expect(seen.at(-1)).toBe("A-0129");
  });

  it("goes back with the previous cursor to exactly the page before", async () => {
    const first = await listOrders(a.tenantId, { limit: 20 });
    const second = await listOrders(a.tenantId, { limit: 20, after: first.next! });
    expect(first.previous).toBeNull();
    expect(second.previous).not.toBeNull();
    const back = await listOrders(a.tenantId, { limit: 20, before: second.previous! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(first.next);
  });

  it("filters by status, link and date range, and combines them", async () => {
    const exceptions = await allPages(a.tenantId, { status: "exception", limit: 5 });
    expect(exceptions).toEqual(Array.from({ length: 13 }, (_, i) => `A-${String(i * 10).padStart(4, "0")}`));
    const second = await allPages(a.tenantId, { linkId: a.otherLinkId });
    expect(second).toHaveLength(10);
    expect(second.every((n) => Number(n.slice(2)) >= 120)).toBe(true);
    // 12:00 minus 129 minutes is still 2026-11-10: all of them; the day before: none.
    expect(await allPages(a.tenantId, { from: "2026-11-10", to: "2026-11-10" })).toHaveLength(130);
    expect(await allPages(a.tenantId, { to: "2026-11-09" })).toHaveLength(0);
    expect(await allPages(a.tenantId, { status: "exception", linkId: a.otherLinkId })).toEqual(["A-0120"]);
  });

  it("searches the start of the order number, the customer's name or last name, case-insensitive and literal", async () => {
    expect(await allPages(a.tenantId, { q: "a-000" })).toEqual(Array.from({ length: 10 }, (_, i) => `A-000${i}`));
    expect(await allPages(a.tenantId, { q: "åsa" })).toEqual(["A-0007"]);
    expect(await allPages(a.tenantId, { q: "LINDQ" })).toEqual(["A-0007"]);
    expect(await allPages(a.tenantId, { q: "100%" })).toEqual(["A-0008"]);
    expect(await allPages(a.tenantId, { q: "1%" })).toEqual([]);
    expect(await allPages(a.tenantId, { q: "muster12" })).toHaveLength(11);
    const row = (await listOrders(a.tenantId, { q: "A-0007" })).rows[0]!;
    expect(row).toMatchObject({ customerName: "Åsa Lindqvist", total: "24.89", currency: "EUR" });
  });

  it("ignores a cursor that was tampered with and starts from the top", async () => {
    const page = await listOrders(a.tenantId, { limit: 3, after: "not-a-cursor" });
    expect(page.rows.map((r) => r.orderNumber)).toEqual(["A-0000", "A-0001", "A-0002"]);
  });
});

describe("tenant isolation", () => {
  it("never lists another tenant's orders, even filtered by their link or searched by their number", async () => {
    const own = await allPages(b.tenantId, {});
    expect(own).toEqual(["A-0001"]);
    expect(await allPages(a.tenantId, { linkId: b.linkId })).toEqual([]);
    expect(await allPages(b.tenantId, { linkId: a.linkId })).toEqual([]);
    expect(await allPages(b.tenantId, { q: "Max" })).toEqual([]);
  });

  it("an order page for another tenant's id is not found", async () => {
    expect(await getOrderDetail(a.tenantId, b.ids[0]!)).toBeNull();
    expect(await findOrderStatus(a.tenantId, b.ids[0]!)).toBeNull();
    expect(await getOrderDetail(a.tenantId, "not-a-uuid")).toBeNull();
    const own = await getOrderDetail(b.tenantId, b.ids[0]!);
    expect(own?.order.orderNumber).toBe("A-0001");
    expect(own?.link.name).toBe("Shop → wemalo");
  });
});
