import type { TestConnectionResult } from "@/lib/connectors/types";
import { z } from "zod";
import type { VendreContext } from "./api";
import { listOf } from "./schemas";
import { listStatuses } from "./orders-api";

/** One order read proves the address and the token; the statuses (if the store lists them) fill the mapping screens. */
export async function testConnection(ctx: VendreContext): Promise<TestConnectionResult> {
  await ctx.http.get("orders", { query: { page_size: 1, offset: 0 }, schema: listOf(z.unknown()), operation: "test connection", signal: ctx.signal });
  const statuses = await listStatuses(ctx);
  const host = new URL(ctx.http.baseUrl).host;
  return {
    account: { id: host, name: host },
    discovered: { statuses: statuses.map((s) => ({ id: String(s.id), label: s.name })) },
  };
}
