export { parseOrdersFilter, ordersFilterParams, hasFilter, type OrdersFilter, type SearchParams } from "./filters";
export { listOrders, ordersPageQuery, ordersWhere, ORDERS_PAGE_SIZE, type ListOrdersInput, type OrderListRow, type OrdersPage } from "./list-orders";
export { getOrderDetail, type OrderDetail } from "./order-detail";
export { orderActionsFor, type OrderActions } from "./order-actions";
export { encodeCursor, decodeCursor, type OrdersCursor } from "./cursor";
export { findOrderStatus } from "./order-exists";
export { ORDER_STATUS_LABELS, ORDER_STATUS_TONES, EXCEPTION_KIND_LABELS, type StatusTone } from "./status-labels";
export { listLinkNames } from "./link-names";
