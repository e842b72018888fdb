import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFtp } from "./ftp-transport";
import { connectSftp } from "./sftp-transport";
import { startTestFtpServer, type TestFtpServer } from "./testing/ftp-server";
import { canMakeCertificate, selfSignedCertificate } from "./testing/self-signed";
import { startTestSftpServer, type TestSftpServer } from "./testing/sftp-server";

describe("SFTP host key check", () => {
  let root: string;
  let server: TestSftpServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "lagerbro-hostkey-"));
    server = await startTestSftpServer(root);
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("refuses a server whose host key is not the fingerprint given, before logging in", async () => {
    const options = { host: server.host, port: server.port, username: server.username, password: server.password, rootDir: "/", timeoutMs: 5_000 };
    await expect(connectSftp({ ...options, hostKeySha256: "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })).rejects.toThrow();
    const files = await connectSftp({ ...options, hostKeySha256: `SHA256:${server.hostKeySha256}` });
    await files.writeAtomic("ok.txt", "ok");
    await files.close();
    expect(await readFile(join(root, "ok.txt"), "utf8")).toBe("ok");
  });

  it("refuses a wrong password", async () => {
    await expect(connectSftp({ host: server.host, port: server.port, username: server.username, password: "wrong", timeoutMs: 5_000 })).rejects.toThrow(/authentication/i);
  });
});

describe.skipIf(!canMakeCertificate())("explicit FTPS (AUTH TLS) against a real server", () => {
  let root: string;
  let server: TestFtpServer;
  let cert: { cert: string; key: string };
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "lagerbro-ftps-"));
    cert = selfSignedCertificate();
    server = await startTestFtpServer(root, undefined, cert);
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("uploads and lists over TLS when the certificate is trusted, and refuses an untrusted one", async () => {
    const options = { host: server.host, port: server.port, user: server.user, password: server.password, tls: "explicit" as const, timeoutMs: 5_000 };
    await expect(connectFtp(options)).rejects.toThrow(/self[- ]signed|certificate/i);
    const files = await connectFtp({ ...options, tlsOptions: { ca: cert.cert } });
    await files.mkdir("secure");
    await files.writeAtomic("secure/order.xml", "<order/>");
    expect((await files.list("secure")).map((f) => f.name)).toEqual(["order.xml"]);
    await files.close();
    expect(await readFile(join(root, "secure/order.xml"), "utf8")).toBe("<order/>");
  });
});
