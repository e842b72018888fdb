import { createHash } from "node:crypto";
import { posix } from "node:path";
import SftpClient from "ssh2-sftp-client";
import { assertSafePath, tempPathFor } from "./paths";
import { serialQueue } from "./serial";
import type { FileEntry, FileTransport } from "./transport";

export interface SftpOptions {
  host: string;
  port?: number;
  username: string;
  password?: string;
  /** PEM or OpenSSH private key, instead of or besides the password. */
  privateKey?: string;
  /**
   * SHA-256 fingerprint of the server's host key, base64 as `ssh-keygen -lf` prints it (with or
   * without "SHA256:"). When set, any other key is refused before we send credentials.
   */
  hostKeySha256?: string;
  /** Folder all paths are relative to; empty: the login folder. */
  rootDir?: string;
  timeoutMs?: number;
}

const NO_SUCH_FILE = 2;

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === NO_SUCH_FILE || code === "ENOENT";
}

export function hostKeyFingerprint(key: Buffer): string {
  return createHash("sha256").update(key).digest("base64").replace(/=+$/, "");
}

/** SFTP through ssh2-sftp-client. */
export async function connectSftp(options: SftpOptions): Promise<FileTransport> {
  const client = new SftpClient("lagerbro");
  const expected = options.hostKeySha256?.replace(/^SHA256:/, "").replace(/=+$/, "");
  await client.connect({
    host: options.host,
    port: options.port ?? 22,
    username: options.username,
    password: options.password,
    privateKey: options.privateKey,
    readyTimeout: options.timeoutMs ?? 30_000,
    hostVerifier: expected ? (key: Buffer) => hostKeyFingerprint(key) === expected : undefined,
  });
  const root = options.rootDir ? options.rootDir.replace(/\/+$/, "") || "/" : await client.cwd();
  const abs = (path: string) => posix.join(root, assertSafePath(path));
  const run = serialQueue();

  async function rename(from: string, to: string): Promise<void> {
    try {
      await client.rename(abs(from), abs(to));
    } catch (error) {
      // SFTP v3 refuses to rename onto an existing file. Remove the target only when the
      // source is really there, so a failed move never costs the old file.
      if (!(await client.exists(abs(from))) || !(await client.exists(abs(to)))) throw error;
      await client.delete(abs(to));
      await client.rename(abs(from), abs(to));
    }
  }

  return {
    list: (dir) =>
      run(async () => {
        try {
          const entries = await client.list(abs(dir));
          return entries
            .filter((e) => e.type === "-")
            .map((e): FileEntry => ({ name: e.name, path: posix.join(dir, e.name), size: e.size, modifiedAt: new Date(e.modifyTime) }))
            .sort((a, b) => a.name.localeCompare(b.name));
        } catch (error) {
          if (isMissing(error)) return [];
          throw error;
        }
      }),
    read: (path) => run(async () => (await client.get(abs(path))) as Buffer),
    writeAtomic: (path, content) =>
      run(async () => {
        const temp = tempPathFor(path);
        await client.put(Buffer.from(content), abs(temp));
        try {
          await rename(temp, path);
        } catch (error) {
          await client.delete(abs(temp), true);
          throw error;
        }
      }),
    move: (from, to) => run(() => rename(from, to)),
    delete: (path) =>
      run(async () => {
        await client.delete(abs(path));
      }),
    mkdir: (dir) =>
      run(async () => {
        if (await client.exists(abs(dir))) return;
        await client.mkdir(abs(dir), true);
      }),
    close: async () => {
      await client.end();
    },
  };
}
