export { createApiKey, listApiKeys, revokeApiKey, API_KEY_PREFIX, type ApiKeyListItem } from "./keys";
export { listPullOrders, getPullOrder } from "./orders";
export { listPullInvoices, getPullInvoice } from "./invoices";
export { parseListQuery, parsePathParam, type ListQuery } from "./params";
export { pullApiRoute, methodNotAllowed, notAnEndpoint } from "./route";
