import type { CursorInput, Page, WarehouseChange } from "@/lib/connectors/types";
import { commitFile, historyFolder, moveToHistory, rejectFile, scanFolder, type FileTransport } from "@/lib/files";
import { FILE_WAREHOUSE, type FileWarehouseContext } from "./context";
import { withFiles } from "./session";
import { cursorStore, decodeCursor, encodeCursor, type FileCursor } from "./status-cursor";
import { statusRowReader } from "./status-rows";

/** Files read per call; the rest wait for the next one (hasMore). */
const FILES_PER_CALL = 20;

async function archivePending(files: FileTransport, ctx: FileWarehouseContext, cursor: FileCursor): Promise<void> {
  if (cursor.pending.length === 0) return;
  const store = cursorStore(cursor);
  const present = new Set((await files.list(ctx.settings.statusFolder)).map((f) => f.name));
  for (const file of cursor.pending) {
    const options = { files, folder: ctx.settings.statusFolder, scope: ctx.connectionId, store, historyKeep: ctx.settings.historyKeep, now: ctx.now() };
    // Gone already: an earlier call with this same cursor moved it before the engine stored the next one.
    if (!present.has(file.name)) {
      await store.add({ scope: ctx.connectionId, checksum: file.checksum, fileName: file.name, processedAt: ctx.now(), rowsApplied: file.applied, rowsRejected: file.rejected });
      continue;
    }
    await commitFile(file, { applied: file.applied, rejected: file.rejected }, options);
  }
  cursor.pending = [];
}

/**
 * Status and tracking from the 3PL's status files. Each call first archives the files the
 * previous call handed out (see status-cursor), then reads the waiting ones. Bad lines are
 * logged with file name and line and skipped; the other lines of the file still count.
 */
export async function listChanges(ctx: FileWarehouseContext, input: CursorInput): Promise<Page<WarehouseChange>> {
  const cursor = decodeCursor(input.cursor);
  return withFiles(ctx, FILE_WAREHOUSE, "read status files", async (files) => {
    await archivePending(files, ctx, cursor);
    const folder = ctx.settings.statusFolder;
    const store = cursorStore(cursor);
    const waiting = (await files.list(folder)).filter((f) => !f.name.startsWith(".")).length;
    const scanned = await scanFolder({
      files,
      folder,
      scope: ctx.connectionId,
      store,
      format: { format: ctx.settings.statusFormat, delimiter: ctx.settings.delimiter, recordPath: ctx.settings.statusRecordPath },
      readRow: statusRowReader(ctx.settings, ctx.now()),
      maxFiles: FILES_PER_CALL,
    });

    const items: WarehouseChange[] = [];
    for (const file of scanned) {
      if (file.kind === "duplicate") {
        ctx.log.info("status file already applied; moved to history unchanged", { file: file.name });
        await moveToHistory(files, file.path, historyFolder(folder), ctx.settings.historyKeep, ctx.now());
      } else if (file.kind === "unreadable") {
        ctx.log.error("status file refused and moved to rejected/", { file: file.name, error: file.error });
        await rejectFile(file, { files, folder });
      } else {
        for (const problem of file.problems) ctx.log.warn("status line skipped", { file: problem.file, line: problem.line, problem: problem.message });
        items.push(...file.rows.map((r) => r.value));
        cursor.pending.push({ path: file.path, name: file.name, checksum: file.checksum, applied: file.rows.length, rejected: file.problems.length });
      }
    }
    return { items, nextCursor: encodeCursor(cursor), hasMore: waiting > FILES_PER_CALL };
  });
}
