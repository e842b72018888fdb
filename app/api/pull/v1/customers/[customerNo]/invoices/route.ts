import { listPullInvoices, methodNotAllowed, parseListQuery, parsePathParam, pullApiRoute } from "@/lib/pull-api";

/** GET /api/pull/v1/customers/{customerNo}/invoices?from=YYYY-MM-DD&to=YYYY-MM-DD&page=1&per_page=25 */
export const GET = pullApiRoute<{ customerNo: string }>(({ tx, tenantId, params, url }) =>
  listPullInvoices(tx, tenantId, parsePathParam(params.customerNo, "customerNo"), parseListQuery(url)),
);
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
