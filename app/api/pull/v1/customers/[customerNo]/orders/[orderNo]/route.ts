import { getPullOrder, methodNotAllowed, parsePathParam, pullApiRoute } from "@/lib/pull-api";

/** GET /api/pull/v1/customers/{customerNo}/orders/{orderNo} */
export const GET = pullApiRoute<{ customerNo: string; orderNo: string }>(({ tx, tenantId, params }) =>
  getPullOrder(tx, tenantId, parsePathParam(params.customerNo, "customerNo"), parsePathParam(params.orderNo, "orderNo")),
);
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
