import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectFtp } from "../ftp-transport";
import { connectSftp } from "../sftp-transport";
import type { FileProtocol, FileTransport } from "../transport";
import { startTestFtpServer } from "./ftp-server";
import { startTestSftpServer } from "./sftp-server";

export interface TestFileServer {
  protocol: Exclude<FileProtocol, "ftps">;
  /** The local folder behind the server's root, to arrange and inspect files directly. */
  root: string;
  /** Credentials as a file connector takes them (see lib/files/server-settings). */
  credentials: Record<string, string | number>;
  connect(): Promise<FileTransport>;
  close(): Promise<void>;
}

/** Starts a real FTP or SFTP server on 127.0.0.1 over a fresh temp folder; close() removes both. */
export async function startTestFileServer(protocol: TestFileServer["protocol"]): Promise<TestFileServer> {
  const root = await mkdtemp(join(tmpdir(), `lagerbro-${protocol}-`));
  if (protocol === "ftp") {
    const ftp = await startTestFtpServer(root);
    const credentials = { protocol, host: ftp.host, port: ftp.port, username: ftp.user, password: ftp.password };
    return {
      protocol,
      root,
      credentials,
      connect: () => connectFtp({ host: ftp.host, port: ftp.port, user: ftp.user, password: ftp.password, timeoutMs: 10_000 }),
      close: async () => {
        await ftp.close();
        await rm(root, { recursive: true, force: true });
      },
    };
  }
  const sftp = await startTestSftpServer(root);
  const credentials = { protocol, host: sftp.host, port: sftp.port, username: sftp.username, password: sftp.password, hostKeySha256: sftp.hostKeySha256 };
  return {
    protocol,
    root,
    credentials,
    connect: () =>
      connectSftp({ host: sftp.host, port: sftp.port, username: sftp.username, password: sftp.password, hostKeySha256: sftp.hostKeySha256, rootDir: "/", timeoutMs: 10_000 }),
    close: async () => {
      await sftp.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export const TEST_PROTOCOLS = ["ftp", "sftp"] as const;
