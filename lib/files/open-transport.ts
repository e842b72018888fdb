import { connectFtp } from "./ftp-transport";
import { connectSftp } from "./sftp-transport";
import type { FileProtocol, FileTransport } from "./transport";

/** A file server as a connection stores it (the wizard's fields are in the file connectors). */
export interface FileServerOptions {
  protocol: FileProtocol;
  host: string;
  port?: number;
  username: string;
  password?: string;
  /** SFTP only. */
  privateKey?: string;
  /** SFTP only: refuse any other host key. */
  hostKeySha256?: string;
  rootDir?: string;
}

/** Opens the transport the options describe. Close it when done. */
export function openFileTransport(server: FileServerOptions, options: { timeoutMs?: number } = {}): Promise<FileTransport> {
  const { protocol, host, port, username, password, rootDir } = server;
  if (protocol === "sftp") {
    return connectSftp({ host, port, username, password, privateKey: server.privateKey, hostKeySha256: server.hostKeySha256, rootDir, timeoutMs: options.timeoutMs });
  }
  return connectFtp({ host, port, user: username, password: password ?? "", tls: protocol === "ftps" ? "explicit" : false, rootDir, timeoutMs: options.timeoutMs });
}

/** The server for logs and the link page, without secrets. */
export function describeFileServer(server: Pick<FileServerOptions, "protocol" | "host" | "port" | "username" | "rootDir">): string {
  const port = server.port ? `:${server.port}` : "";
  return `${server.protocol}://${server.username}@${server.host}${port}/${(server.rootDir ?? "").replace(/^\/+/, "")}`;
}

/** Opens, runs, and always closes: no connection outlives one operation. */
export async function withFileTransport<T>(server: FileServerOptions, work: (files: FileTransport) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  const files = await openFileTransport(server, options);
  try {
    return await work(files);
  } finally {
    await files.close().catch(() => undefined);
  }
}
