import type { AddressInfo, Server } from "node:net";
import { FtpSrv } from "ftp-srv";

export interface TestFtpServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The local folder the server serves as "/". */
  root: string;
  close(): Promise<void>;
}

// ftp-srv logs through bunyan; a logger that drops everything keeps test output clean.
const silentLog = {
  child: () => silentLog,
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  fatal() {},
};

/** A real FTP server (ftp-srv) on 127.0.0.1, a free port and passive ports, serving `root`. */
export async function startTestFtpServer(
  root: string,
  account = { user: "lager", password: "bro-ftp" },
  /** Certificate and key for explicit FTPS (AUTH TLS on the same port). */
  tls?: { cert: string; key: string },
): Promise<TestFtpServer> {
  const signals = ["SIGTERM", "SIGINT", "SIGQUIT"] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const pasvMin = 30_000 + Math.floor(Math.random() * 20_000);
  const ftp = new FtpSrv({
    url: "ftp://127.0.0.1:0",
    pasv_url: "127.0.0.1",
    pasv_min: pasvMin,
    pasv_max: pasvMin + 500,
    anonymous: false,
    tls: tls ?? false,
    log: silentLog,
  });
  // ftp-srv hooks process signals to quit the process; a test server must not.
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l);
  ftp.on("login", ({ username, password }, resolve, reject) => {
    if (username === account.user && password === account.password) resolve({ root });
    else reject(new Error("bad credentials"));
  });
  await ftp.listen();
  const server = (ftp as unknown as { server: Server }).server;
  const { port } = server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    root,
    ...account,
    close: async () => {
      await ftp.close();
    },
  };
}
