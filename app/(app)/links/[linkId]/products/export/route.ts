import type { NextRequest } from "next/server";
import { productsCsvResponse } from "@/lib/products/csv-download";
import { getTenantContext } from "@/lib/session/current";

/** GET /links/{linkId}/products/export?q=&state=&drift=1 — the products page's rows as CSV, for the signed-in team only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ linkId: string }> }) {
  const { tenant } = await getTenantContext();
  const { linkId } = await params;
  return productsCsvResponse(tenant.id, linkId, request.nextUrl.searchParams);
}
