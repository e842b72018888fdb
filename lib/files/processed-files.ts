/**
 * Which files were already applied, by checksum, per scope (one connection's folder). The engine
 * asks before applying a file and records it once its rows are stored. The database-backed store
 * comes with the pipeline; this in-memory one serves tests and the sandbox.
 */
export interface ProcessedFile {
  scope: string;
  checksum: string;
  fileName: string;
  processedAt: Date;
  rowsApplied: number;
  rowsRejected: number;
}

export interface ProcessedFileStore {
  has(scope: string, checksum: string): Promise<boolean>;
  /** Idempotent: recording the same scope and checksum again keeps the first record. */
  add(file: ProcessedFile): Promise<void>;
}

export class InMemoryProcessedFileStore implements ProcessedFileStore {
  private readonly files = new Map<string, ProcessedFile>();

  async has(scope: string, checksum: string): Promise<boolean> {
    return this.files.has(`${scope}\u0000${checksum}`);
  }

  async add(file: ProcessedFile): Promise<void> {
    const key = `${file.scope}\u0000${file.checksum}`;
    if (!this.files.has(key)) this.files.set(key, { ...file });
  }

  list(scope?: string): ProcessedFile[] {
    return [...this.files.values()].filter((f) => scope === undefined || f.scope === scope);
  }
}
