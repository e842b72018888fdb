/**
 * One small interface over a partner's file server, so the import/export engine and the file
 * connectors never know whether they speak FTP, FTPS or SFTP. Paths are POSIX paths relative to
 * the connection's root folder ("import/orderstatus/a.txt").
 */
export interface FileEntry {
  /** File name without folder. */
  name: string;
  /** Path relative to the root, as list() was asked plus the name. */
  path: string;
  size: number;
  modifiedAt?: Date;
}

export interface FileTransport {
  /** Regular files in a folder (no folders, no links), sorted by name. A missing folder lists as empty. */
  list(dir: string): Promise<FileEntry[]>;
  read(path: string): Promise<Buffer>;
  /**
   * Uploads under a temporary dot-name in the same folder, then renames it into place, so a
   * reader polling the folder never picks up half a file. Replaces an existing file.
   */
  writeAtomic(path: string, content: Buffer | string): Promise<void>;
  /** Rename within the server; replaces an existing target. */
  move(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  /** Creates the folder and its parents; no error when it exists. */
  mkdir(dir: string): Promise<void>;
  close(): Promise<void>;
}

export type FileProtocol = "ftp" | "ftps" | "sftp";
