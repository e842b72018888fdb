import { baseName, joinPath } from "./paths";
import type { FileTransport } from "./transport";

/**
 * History names start with a sortable UTC stamp: two files of the same name (a status file
 * re-sent each day) both stay, and the oldest are found by name alone, since FTP listings
 * often give modification times to the minute only.
 */
export function historyName(fileName: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.(\d{3})Z$/, "$1Z");
  return `${stamp}_${fileName}`;
}

/** Moves a processed file into `historyDir` under its stamped name, then keeps the newest `keep` files there. */
export async function moveToHistory(files: FileTransport, path: string, historyDir: string, keep: number, at: Date): Promise<string> {
  await files.mkdir(historyDir);
  const target = joinPath(historyDir, historyName(baseName(path), at));
  await files.move(path, target);
  await pruneHistory(files, historyDir, keep);
  return target;
}

/** Deletes all but the newest `keep` files of a history folder. */
export async function pruneHistory(files: FileTransport, historyDir: string, keep: number): Promise<number> {
  const entries = (await files.list(historyDir)).sort((a, b) => a.name.localeCompare(b.name));
  const surplus = entries.slice(0, Math.max(0, entries.length - keep));
  for (const entry of surplus) await files.delete(entry.path);
  return surplus.length;
}
