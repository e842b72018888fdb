import { cancelOrderFn } from "./functions/cancel-order";
import { intakeFanOut } from "./functions/intake-fan-out";
import { intakeLinkFn } from "./functions/intake-link";
import { orderRetry } from "./functions/order-retry";
import { orderSend } from "./functions/order-send";
import { reconcileFanOut } from "./functions/reconcile-fan-out";
import { reconcileLinkFn } from "./functions/reconcile-link";
import { returnsFanOut } from "./functions/returns-fan-out";
import { returnsLink } from "./functions/returns-link";
import { statusPollFanOut } from "./functions/status-poll-fan-out";
import { statusPollLink } from "./functions/status-poll-link";
import { trackingWriteBack } from "./functions/tracking-write-back";
import { connectionWebhooksRemoveFn } from "./functions/connection-webhooks-remove";
import { linkWebhooksRegisterFn } from "./functions/link-webhooks-register";
import { webhookReceivedFn } from "./functions/webhook-received";
import { productSyncFanOut } from "./functions/product-sync-fan-out";
import { productSyncLink } from "./functions/product-sync-link";
import { stockSyncFanOut } from "./functions/stock-sync-fan-out";
import { stockSyncLink } from "./functions/stock-sync-link";

/** Every Inngest function of Lagerbro; app/api/inngest serves them, the local worker runs them. */
export const functions = [
  intakeFanOut,
  intakeLinkFn,
  orderSend,
  orderRetry,
  statusPollFanOut,
  statusPollLink,
  trackingWriteBack,
  cancelOrderFn,
  returnsFanOut,
  returnsLink,
  reconcileFanOut,
  reconcileLinkFn,
  webhookReceivedFn,
  linkWebhooksRegisterFn,
  connectionWebhooksRemoveFn,
  productSyncFanOut,
  productSyncLink,
  stockSyncFanOut,
  stockSyncLink,
];
