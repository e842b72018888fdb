import type { ProcessedFileStore } from "@/lib/files";

/**
 * The file warehouse's cursor. Files handed out by one listChanges call are `pending`: they are
 * recorded and moved to history by the NEXT call, because the engine stores the changes and
 * this cursor together, so coming back with the cursor proves the rows were stored. `seen`
 * holds the checksums (first 16 hex digits) of the files applied recently, so the same file
 * dropped again changes nothing: it is the processed-files store of this connector until a
 * database-backed one is passed in.
 */
export interface FileCursor {
  v: 1;
  pending: { path: string; name: string; checksum: string; applied: number; rejected: number }[];
  seen: string[];
}

const SEEN_LIMIT = 500;
const short = (checksum: string) => checksum.slice(0, 16);

export function decodeCursor(cursor: string | null): FileCursor {
  if (!cursor) return { v: 1, pending: [], seen: [] };
  try {
    const parsed = JSON.parse(cursor) as FileCursor;
    if (parsed.v === 1 && Array.isArray(parsed.pending) && Array.isArray(parsed.seen)) return parsed;
  } catch {
    // fall through: a cursor from elsewhere starts over; `seen` is then empty, the checksums stored in history are lost
  }
  return { v: 1, pending: [], seen: [] };
}

export function encodeCursor(cursor: FileCursor): string {
  return JSON.stringify({ ...cursor, seen: cursor.seen.slice(-SEEN_LIMIT) });
}

/** A ProcessedFileStore over the cursor's `seen` list (scope is implied: one cursor per connection). */
export function cursorStore(cursor: FileCursor): ProcessedFileStore {
  return {
    has: async (_scope, checksum) => cursor.seen.includes(short(checksum)),
    add: async (file) => {
      if (!cursor.seen.includes(short(file.checksum))) cursor.seen.push(short(file.checksum));
    },
  };
}
