import { getPullInvoice, methodNotAllowed, parsePathParam, pullApiRoute } from "@/lib/pull-api";

/** GET /api/pull/v1/customers/{customerNo}/invoices/{invoiceNo} */
export const GET = pullApiRoute<{ customerNo: string; invoiceNo: string }>(({ tx, tenantId, params }) =>
  getPullInvoice(tx, tenantId, parsePathParam(params.customerNo, "customerNo"), parsePathParam(params.invoiceNo, "invoiceNo")),
);
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
