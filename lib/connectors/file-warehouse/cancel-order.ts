import type { CancellationResult, OrderRef } from "@/lib/orders";
import { historyFolder, joinPath, orderFileName, type FileTransport } from "@/lib/files";

/**
 * Cancelling by file: an order file still waiting in the folder is deleted (the 3PL never saw
 * it); once the 3PL has taken it (moved to history, or gone), it is too late for Lagerbro and
 * the merchant must call the 3PL.
 */
export async function cancelOrderFile(files: FileTransport, input: { order: OrderRef; folder: string; extension: string; partner: string }): Promise<CancellationResult> {
  const name = orderFileName(input.order.orderNumber, input.extension);
  if ((await files.list(input.folder)).some((f) => f.name === name)) {
    await files.delete(joinPath(input.folder, name));
    return { outcome: "cancelled", message: `order file ${name} deleted before ${input.partner} fetched it` };
  }
  const fetched = (await files.list(historyFolder(input.folder))).some((f) => f.name === name);
  return {
    outcome: "too_late",
    message: fetched
      ? `${input.partner} has already fetched order file ${name}; ask them to stop the order`
      : `order file ${name} is no longer in ${input.folder}: ${input.partner} has probably fetched it; ask them to stop the order`,
  };
}
