import { createConnectorContext } from "@/lib/connectors/context";
import type { AnyConnector, ConnectorContext, ConnectorLogger } from "@/lib/connectors/types";
import { startTestFileServer, type TestFileServer } from "@/lib/files/testing/servers";

export interface LoggedLine {
  level: "debug" | "info" | "warn" | "error";
  message: string;
  data?: Record<string, unknown>;
}

/** A logger that keeps what it is told, so tests can assert on reported lines. */
export function recordingLogger(): ConnectorLogger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at = (level: LoggedLine["level"]) => (message: string, data?: Record<string, unknown>) => void lines.push({ level, message, data });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export interface FileConnectorHarness {
  server: TestFileServer;
  log: ReturnType<typeof recordingLogger>;
  /** A context as the engine builds it, with these settings; the clock is fixed unless `now` is given. */
  context(settings?: Record<string, unknown>, now?: () => Date): ConnectorContext<never, never>;
  close(): Promise<void>;
}

/**
 * A file connector wired to a real FTP or SFTP server on 127.0.0.1. The caller must allow
 * private hosts first (`vi.stubEnv("ALLOW_PRIVATE_URLS", "1")`), as development does.
 */
export async function fileConnectorHarness(connector: AnyConnector, protocol: TestFileServer["protocol"]): Promise<FileConnectorHarness> {
  const server = await startTestFileServer(protocol);
  const log = recordingLogger();
  return {
    server,
    log,
    context: (settings = {}, now) => {
      const ctx = createConnectorContext({
        connector,
        tenantId: "tenant-1",
        connectionId: `conn-${connector.id}`,
        credentials: { ...server.credentials, rootDir: "/" },
        settings,
        log,
        allowPrivateUrls: true,
      });
      return (now ? { ...ctx, now } : ctx) as ConnectorContext<never, never>;
    },
    close: () => server.close(),
  };
}
