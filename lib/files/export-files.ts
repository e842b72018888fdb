import { assertSafePath, joinPath } from "./paths";
import type { FileTransport } from "./transport";

/**
 * One file per order, named after the order number as the integration engine does
 * (`<ordernumber>.<ext>`, partners/vendre.md [V4]). Characters a file system or FTP server
 * may refuse become "_".
 */
export function orderFileName(orderNumber: string, extension: string): string {
  const safe = orderNumber.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
  return `${safe}.${extension}`;
}

/** Writes one order file atomically into `folder`, creating it when missing; returns its path. */
export async function writeOrderFile(files: FileTransport, folder: string, name: string, content: string | Buffer): Promise<string> {
  const path = assertSafePath(joinPath(folder, name));
  await files.mkdir(folder);
  await files.writeAtomic(path, content);
  return path;
}
