import type { SubmitOrderInput, SubmitOrderResult } from "@/lib/connectors/types";
import { historyFolder, orderFileName, writeOrderFile, type FileTransport } from "@/lib/files";
import { FILE_WAREHOUSE, type FileWarehouseContext } from "./context";
import { orderFileExtension, renderOrderFile } from "./order-fields";
import { withFiles } from "./session";

/**
 * Writes one order file atomically, idempotent by file name: a file the 3PL has already moved
 * to history is not written again (that would be a second order); one still waiting is replaced.
 */
export async function writeOrderOnce(files: FileTransport, folder: string, name: string, content: string): Promise<SubmitOrderResult> {
  const taken = (await files.list(historyFolder(folder))).some((f) => f.name === name);
  if (taken) return { warehouseRef: name, status: "accepted", created: false };
  const waiting = (await files.list(folder)).some((f) => f.name === name);
  await writeOrderFile(files, folder, name, content);
  return { warehouseRef: name, status: "accepted", created: !waiting };
}

/** `<ordersFolder>/<ordernumber>.<ext>` in the configured format and field names. */
export async function submitOrder(ctx: FileWarehouseContext, input: SubmitOrderInput): Promise<SubmitOrderResult> {
  const s = ctx.settings;
  const name = orderFileName(input.order.orderNumber, orderFileExtension(s.orderFormat));
  const content = renderOrderFile(input.order, { format: s.orderFormat, fieldNames: s.orderFields, delimiter: s.delimiter, shippingCode: input.shippingCode });
  return withFiles(ctx, FILE_WAREHOUSE, "write order file", (files) => writeOrderOnce(files, s.ordersFolder, name, content));
}
