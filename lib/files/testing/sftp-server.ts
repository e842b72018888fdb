import { generateKeyPairSync, timingSafeEqual } from "node:crypto";
import type { Stats } from "node:fs";
import { mkdir, open, readdir, rename, rm, rmdir, stat, type FileHandle } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join, normalize, posix } from "node:path";
import { Server, utils, type Connection, type SFTPWrapper } from "ssh2";
import { hostKeyFingerprint } from "../sftp-transport";

const { STATUS_CODE } = utils.sftp;

export interface TestSftpServer {
  host: string;
  port: number;
  username: string;
  password: string;
  /** SHA-256 of the host key, for the client's host key check. */
  hostKeySha256: string;
  root: string;
  close(): Promise<void>;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function toAttrs(s: Stats) {
  return { mode: s.mode, uid: s.uid, gid: s.gid, size: s.size, atime: Math.floor(s.atimeMs / 1000), mtime: Math.floor(s.mtimeMs / 1000) };
}

function longname(name: string, s: Stats): string {
  const type = s.isDirectory() ? "d" : s.isSymbolicLink() ? "l" : "-";
  return `${type}rw-r--r-- 1 lager lager ${s.size} Jan 1 00:00 ${name}`;
}

function statusOf(error: unknown): number {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return STATUS_CODE.NO_SUCH_FILE;
  if (code === "EACCES" || code === "EPERM") return STATUS_CODE.PERMISSION_DENIED;
  return STATUS_CODE.FAILURE;
}

/**
 * Answers one SFTP session from a local folder. The client's "/" is `root`; a path that climbs
 * above it is refused. RENAME onto an existing file fails, as SFTP v3 servers (OpenSSH) do.
 */
function serveSftp(sftp: SFTPWrapper, root: string): void {
  const handles = new Map<number, { file?: FileHandle; dir?: { path: string; sent: boolean } }>();
  let next = 0;
  const local = (path: string) => {
    const clean = posix.normalize(`/${path}`);
    const full = normalize(join(root, clean));
    if (!full.startsWith(normalize(root))) throw Object.assign(new Error("outside root"), { code: "EACCES" });
    return full;
  };
  const handleOf = (buffer: Buffer) => (buffer.length === 4 ? handles.get(buffer.readUInt32BE(0)) : undefined);
  const newHandle = (entry: { file?: FileHandle; dir?: { path: string; sent: boolean } }) => {
    const id = next++;
    handles.set(id, entry);
    const buffer = Buffer.alloc(4);
    buffer.writeUInt32BE(id, 0);
    return buffer;
  };
  const guard = (reqid: number, work: () => Promise<void>) => {
    work().catch((error: unknown) => sftp.status(reqid, statusOf(error)));
  };

  sftp.on("REALPATH", (reqid, path) => {
    const resolved = posix.normalize(`/${path}`);
    sftp.name(reqid, [{ filename: resolved, longname: resolved, attrs: {} as never }]);
  });
  const onStat = (reqid: number, path: string) => guard(reqid, async () => sftp.attrs(reqid, toAttrs(await stat(local(path)))));
  sftp.on("STAT", onStat);
  sftp.on("LSTAT", onStat);
  sftp.on("OPEN", (reqid, filename, flags) =>
    guard(reqid, async () => {
      const mode = utils.sftp.flagsToString(flags);
      if (!mode) return void sftp.status(reqid, STATUS_CODE.OP_UNSUPPORTED);
      sftp.handle(reqid, newHandle({ file: await open(local(filename), mode) }));
    }),
  );
  sftp.on("READ", (reqid, handle, offset, length) =>
    guard(reqid, async () => {
      const file = handleOf(handle)?.file;
      if (!file) return void sftp.status(reqid, STATUS_CODE.FAILURE);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, offset);
      if (bytesRead === 0) sftp.status(reqid, STATUS_CODE.EOF);
      else sftp.data(reqid, buffer.subarray(0, bytesRead));
    }),
  );
  sftp.on("WRITE", (reqid, handle, offset, data) =>
    guard(reqid, async () => {
      const file = handleOf(handle)?.file;
      if (!file) return void sftp.status(reqid, STATUS_CODE.FAILURE);
      await file.write(data, 0, data.length, offset);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on("FSTAT", (reqid, handle) =>
    guard(reqid, async () => {
      const file = handleOf(handle)?.file;
      if (!file) return void sftp.status(reqid, STATUS_CODE.FAILURE);
      sftp.attrs(reqid, toAttrs(await file.stat()));
    }),
  );
  sftp.on("FSETSTAT", (reqid) => sftp.status(reqid, STATUS_CODE.OK));
  sftp.on("SETSTAT", (reqid) => sftp.status(reqid, STATUS_CODE.OK));
  sftp.on("CLOSE", (reqid, handle) =>
    guard(reqid, async () => {
      const entry = handleOf(handle);
      if (!entry) return void sftp.status(reqid, STATUS_CODE.FAILURE);
      handles.delete(handle.readUInt32BE(0));
      await entry.file?.close();
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
  sftp.on("OPENDIR", (reqid, path) =>
    guard(reqid, async () => {
      const full = local(path);
      if (!(await stat(full)).isDirectory()) return void sftp.status(reqid, STATUS_CODE.FAILURE);
      sftp.handle(reqid, newHandle({ dir: { path: full, sent: false } }));
    }),
  );
  sftp.on("READDIR", (reqid, handle) =>
    guard(reqid, async () => {
      const dir = handleOf(handle)?.dir;
      if (!dir) return void sftp.status(reqid, STATUS_CODE.FAILURE);
      if (dir.sent) return void sftp.status(reqid, STATUS_CODE.EOF);
      dir.sent = true;
      const names = await readdir(dir.path);
      if (names.length === 0) return void sftp.status(reqid, STATUS_CODE.EOF);
      const entries = await Promise.all(
        names.map(async (name) => {
          const s = await stat(join(dir.path, name));
          return { filename: name, longname: longname(name, s), attrs: toAttrs(s) };
        }),
      );
      sftp.name(reqid, entries as never);
    }),
  );
  sftp.on("MKDIR", (reqid, path) => guard(reqid, async () => (await mkdir(local(path)), sftp.status(reqid, STATUS_CODE.OK))));
  sftp.on("RMDIR", (reqid, path) => guard(reqid, async () => (await rmdir(local(path)), sftp.status(reqid, STATUS_CODE.OK))));
  sftp.on("REMOVE", (reqid, path) => guard(reqid, async () => (await rm(local(path)), sftp.status(reqid, STATUS_CODE.OK))));
  sftp.on("RENAME", (reqid, from, to) =>
    guard(reqid, async () => {
      const target = local(to);
      const exists = await stat(target).then(() => true, () => false);
      if (exists) return void sftp.status(reqid, STATUS_CODE.FAILURE, "target exists");
      await rename(local(from), target);
      sftp.status(reqid, STATUS_CODE.OK);
    }),
  );
}

/** A real SFTP server (ssh2's Server) on 127.0.0.1 and a free port, serving `root`, with a fresh host key. */
export async function startTestSftpServer(root: string, account = { username: "lager", password: "bro-sftp" }): Promise<TestSftpServer> {
  const { privateKey } = generateKeyPairSync("ec", {
    namedCurve: "prime256v1",
    privateKeyEncoding: { type: "sec1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const clients = new Set<Connection>();
  const server = new Server({ hostKeys: [privateKey] }, (client) => {
    clients.add(client);
    client.on("close", () => clients.delete(client));
    client.on("error", () => clients.delete(client));
    client.on("authentication", (ctx) => {
      if (ctx.method === "password" && same(ctx.username, account.username) && same(ctx.password, account.password)) ctx.accept();
      else ctx.reject(["password"]);
    });
    client.on("ready", () => {
      client.on("session", (accept) => {
        const session = accept();
        session.on("sftp", (acceptSftp) => serveSftp(acceptSftp(), root));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const parsed = utils.parseKey(privateKey);
  if (parsed instanceof Error) throw parsed;
  const key = Array.isArray(parsed) ? parsed[0]! : parsed;
  return {
    host: "127.0.0.1",
    port,
    ...account,
    hostKeySha256: hostKeyFingerprint(key.getPublicSSH()),
    root,
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
      }),
  };
}

