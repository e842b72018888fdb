import { checksumOf } from "./checksum";
import { parseRecords, type RecordFileOptions, type RecordRow } from "./formats/records";
import { moveToHistory } from "./history";
import { historyFolder } from "./layout";
import { isHiddenName, joinPath } from "./paths";
import type { ProcessedFileStore } from "./processed-files";
import type { FileTransport } from "./transport";

/** A record that could not be used, named so a person can find it: file name and line. */
export interface RowProblem {
  file: string;
  line: number;
  message: string;
}

export type RowReader<T> = (row: RecordRow) => { ok: true; value: T } | { ok: false; message: string };

export interface ReadRow<T> {
  line: number;
  value: T;
}

/** One file found in the folder, read and parsed, nothing changed yet. */
export type ScannedFile<T> =
  | { kind: "new"; name: string; path: string; checksum: string; rows: ReadRow<T>[]; problems: RowProblem[] }
  | { kind: "duplicate"; name: string; path: string; checksum: string }
  | { kind: "unreadable"; name: string; path: string; checksum: string; error: string };

export interface ScanOptions<T> {
  files: FileTransport;
  folder: string;
  /** Names the folder in the processed-files store (connection id + folder). */
  scope: string;
  store: ProcessedFileStore;
  format: RecordFileOptions;
  readRow: RowReader<T>;
  /** At most this many files per run, oldest name first. */
  maxFiles?: number;
}

function parseFile<T>(name: string, text: string, options: ScanOptions<T>): { rows: ReadRow<T>[]; problems: RowProblem[] } {
  const parsed = parseRecords(text, options.format);
  const problems: RowProblem[] = parsed.problems.map((p) => ({ file: name, line: p.line, message: p.message }));
  const rows: ReadRow<T>[] = [];
  for (const row of parsed.rows) {
    const read = options.readRow(row);
    if (read.ok) rows.push({ line: row.line, value: read.value });
    else problems.push({ file: name, line: row.line, message: read.message });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}

/** Reads and parses the waiting files (dot-files are uploads in flight), without moving or recording anything. */
export async function scanFolder<T>(options: ScanOptions<T>): Promise<ScannedFile<T>[]> {
  const entries = (await options.files.list(options.folder)).filter((e) => !isHiddenName(e.name));
  const scanned: ScannedFile<T>[] = [];
  for (const entry of entries.slice(0, options.maxFiles ?? entries.length)) {
    const content = await options.files.read(entry.path);
    const checksum = checksumOf(content);
    const base = { name: entry.name, path: entry.path, checksum };
    if (await options.store.has(options.scope, checksum)) {
      scanned.push({ kind: "duplicate", ...base });
      continue;
    }
    try {
      scanned.push({ kind: "new", ...base, ...parseFile(entry.name, content.toString("utf8"), options) });
    } catch (error) {
      scanned.push({ kind: "unreadable", ...base, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return scanned;
}

export interface CommitOptions {
  files: FileTransport;
  folder: string;
  scope: string;
  store: ProcessedFileStore;
  historyKeep: number;
  now: Date;
}

/** After the rows are stored: remember the checksum, then move the file to history (pruned to historyKeep). */
export async function commitFile(file: { name: string; path: string; checksum: string }, counts: { applied: number; rejected: number }, options: CommitOptions): Promise<void> {
  await options.store.add({ scope: options.scope, checksum: file.checksum, fileName: file.name, processedAt: options.now, rowsApplied: counts.applied, rowsRejected: counts.rejected });
  await moveToHistory(options.files, file.path, historyFolder(options.folder), options.historyKeep, options.now);
}

/** A file that can never be read (unsafe XML, broken JSON) goes to rejected/ for a person, and is not retried. */
export async function rejectFile(file: { name: string; path: string }, options: Pick<CommitOptions, "files" | "folder">): Promise<string> {
  const dir = joinPath(options.folder, "rejected");
  await options.files.mkdir(dir);
  const target = joinPath(dir, file.name);
  await options.files.move(file.path, target);
  return target;
}

export interface FileImportReport {
  file: string;
  checksum: string;
  /** applied: rows stored, file in history; duplicate: seen before, moved to history unapplied; failed: storing threw, file left for the next run; rejected: unreadable, moved to rejected/. */
  outcome: "applied" | "duplicate" | "failed" | "rejected";
  applied: number;
  problems: RowProblem[];
  error?: string;
}

export interface ImportFolderOptions<T> extends ScanOptions<T> {
  /** Stores the good rows of one file. The file is recorded and moved only after this resolves. */
  storeRows(rows: ReadRow<T>[], file: { name: string; checksum: string; problems: RowProblem[] }): Promise<void>;
  historyKeep?: number;
  now?: () => Date;
}

/** Applies every waiting file of a folder once: parse, store the good rows, report the bad ones by line, then archive. */
export async function importFolder<T>(options: ImportFolderOptions<T>): Promise<FileImportReport[]> {
  const now = options.now ?? (() => new Date());
  const commit = () => ({ ...options, historyKeep: options.historyKeep ?? 50, now: now() });
  const reports: FileImportReport[] = [];
  for (const file of await scanFolder(options)) {
    const base = { file: file.name, checksum: file.checksum, applied: 0, problems: [] as RowProblem[] };
    if (file.kind === "duplicate") {
      await moveToHistory(options.files, file.path, historyFolder(options.folder), options.historyKeep ?? 50, now());
      reports.push({ ...base, outcome: "duplicate" });
    } else if (file.kind === "unreadable") {
      await rejectFile(file, options);
      reports.push({ ...base, outcome: "rejected", error: file.error });
    } else {
      try {
        await options.storeRows(file.rows, { name: file.name, checksum: file.checksum, problems: file.problems });
      } catch (error) {
        reports.push({ ...base, outcome: "failed", problems: file.problems, error: error instanceof Error ? error.message : String(error) });
        continue;
      }
      await commitFile(file, { applied: file.rows.length, rejected: file.problems.length }, commit());
      reports.push({ ...base, outcome: "applied", applied: file.rows.length, problems: file.problems });
    }
  }
  return reports;
}
