import { posix } from "node:path";
import { Readable, Writable } from "node:stream";
import type { ConnectionOptions } from "node:tls";
import { Client, FTPError } from "basic-ftp";
import { assertSafePath, tempPathFor } from "./paths";
import { serialQueue } from "./serial";
import type { FileEntry, FileTransport } from "./transport";

export interface FtpOptions {
  host: string;
  port?: number;
  user: string;
  password: string;
  /** "explicit": FTPS via AUTH TLS on the plain port (the common kind); "implicit": TLS from the first byte (port 990). */
  tls?: false | "explicit" | "implicit";
  tlsOptions?: ConnectionOptions;
  /** Folder all paths are relative to; empty: the folder the server puts us in after login. */
  rootDir?: string;
  timeoutMs?: number;
}

const FILE_UNAVAILABLE = 550;

/** 550 is the standard answer; some servers (ftp-srv) answer 451 with the OS error text. */
function isMissing(error: unknown): boolean {
  if (!(error instanceof FTPError)) return false;
  return error.code === FILE_UNAVAILABLE || /no such file|not found|ENOENT/i.test(error.message);
}

/** FTP and FTPS through basic-ftp. */
export async function connectFtp(options: FtpOptions): Promise<FileTransport> {
  const client = new Client(options.timeoutMs ?? 30_000);
  await client.access({
    host: options.host,
    port: options.port,
    user: options.user,
    password: options.password,
    secure: options.tls === "implicit" ? "implicit" : options.tls === "explicit",
    secureOptions: options.tlsOptions,
  });
  const root = options.rootDir ? options.rootDir.replace(/\/+$/, "") || "/" : await client.pwd();
  const abs = (path: string) => posix.join(root, assertSafePath(path));
  const run = serialQueue();

  async function rename(from: string, to: string): Promise<void> {
    try {
      await client.rename(abs(from), abs(to));
    } catch (error) {
      // Some servers (IIS) refuse to rename onto an existing file; POSIX ones replace it.
      // Only then is the target removed: never when the source is the missing one.
      const sourceThere = await client.size(abs(from)).then(() => true, () => false);
      if (!sourceThere) throw error;
      await client.remove(abs(to), true);
      await client.rename(abs(from), abs(to));
    }
  }

  return {
    list: (dir) =>
      run(async () => {
        let infos;
        try {
          infos = await client.list(abs(dir));
        } catch (error) {
          if (isMissing(error)) return [];
          throw error;
        }
        return infos
          .filter((i) => i.isFile)
          .map((i): FileEntry => ({ name: i.name, path: posix.join(dir, i.name), size: i.size, modifiedAt: i.modifiedAt }))
          .sort((a, b) => a.name.localeCompare(b.name));
      }),
    read: (path) =>
      run(async () => {
        const chunks: Buffer[] = [];
        const sink = new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        });
        await client.downloadTo(sink, abs(path));
        return Buffer.concat(chunks);
      }),
    writeAtomic: (path, content) =>
      run(async () => {
        const temp = tempPathFor(path);
        await client.uploadFrom(Readable.from([Buffer.from(content)]), abs(temp));
        try {
          await rename(temp, path);
        } catch (error) {
          await client.remove(abs(temp), true);
          throw error;
        }
      }),
    move: (from, to) => run(() => rename(from, to)),
    delete: (path) =>
      run(async () => {
        await client.remove(abs(path));
      }),
    mkdir: (dir) =>
      run(async () => {
        // ensureDir changes the working folder; every other call uses absolute paths.
        await client.ensureDir(abs(dir));
      }),
    close: async () => {
      client.close();
    },
  };
}
