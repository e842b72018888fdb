import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { orderFileName, writeOrderFile } from "./export-files";
import { importFolder, type ReadRow, type RowReader } from "./import-folder";
import { vendreFolderLayout as layout } from "./layout";
import { InMemoryProcessedFileStore } from "./processed-files";
import { startTestFileServer, TEST_PROTOCOLS, type TestFileServer } from "./testing/servers";
import { statusFileCsv } from "./testing/status-file";
import type { FileTransport } from "./transport";

const statusRow = z.object({ ordernumber: z.string().min(1), status: z.enum(["picking", "shipped"]), packagenumber: z.string().min(1) });
type StatusRow = z.infer<typeof statusRow>;
const readStatus: RowReader<StatusRow> = (row) => {
  const parsed = statusRow.safeParse(row.values);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
};

// ftp-srv needs ~50 ms per data connection (list, read, upload), so the 100-file runs take seconds.
describe.each(TEST_PROTOCOLS)("file engine over a real %s server", { timeout: 30_000 }, (protocol) => {
  let server: TestFileServer;
  let files: FileTransport;
  let store: InMemoryProcessedFileStore;
  let applied: Map<string, StatusRow>;
  let clock: number;
  const scope = `conn-1:${layout.statusIn}`;

  const runImport = (storeRows?: (rows: ReadRow<StatusRow>[]) => Promise<void>) =>
    importFolder({
      files,
      folder: layout.statusIn,
      scope,
      store,
      format: { format: "csv" },
      readRow: readStatus,
      storeRows: storeRows ?? (async (rows) => rows.forEach((r) => applied.set(r.value.ordernumber, r.value))),
      historyKeep: layout.historyKeep,
      now: () => new Date((clock += 1000)),
    });
  const drop = async (name: string, content: string) => {
    await mkdir(join(server.root, layout.statusIn), { recursive: true });
    await writeFile(join(server.root, layout.statusIn, name), content);
  };
  const history = () => readdir(join(server.root, layout.statusIn, "history")).catch(() => [] as string[]);

  beforeAll(async () => {
    server = await startTestFileServer(protocol);
    files = await server.connect();
  });
  afterAll(async () => {
    await files?.close();
    await server?.close();
  });
  beforeEach(() => {
    store = new InMemoryProcessedFileStore();
    applied = new Map();
    clock = Date.parse("2026-01-05T10:00:00Z");
  });

  it("exports 100 orders, one file each, nothing half-written left behind", async () => {
    for (let i = 1; i <= 100; i++) {
      const number = `SO-${String(i).padStart(4, "0")}`;
      await writeOrderFile(files, layout.ordersOut, orderFileName(number, "json"), JSON.stringify({ orderNumber: number, lines: [{ sku: "A", quantity: i }] }));
    }
    const names = (await readdir(join(server.root, layout.ordersOut))).sort();
    expect(names).toHaveLength(100);
    expect(names[0]).toBe("SO-0001.json");
    expect(names.some((n) => n.startsWith("."))).toBe(false);
    expect(JSON.parse(await readFile(join(server.root, layout.ordersOut, "SO-0042.json"), "utf8"))).toEqual({ orderNumber: "SO-0042", lines: [{ sku: "A", quantity: 42 }] });
  });

  it("applies 97 of 100 status lines, reports the 3 bad ones by file and line, and applies the same file only once", async () => {
    const content = statusFileCsv(100, { bad: [7, 50, 99] });
    await drop("status-1.csv", content);
    const [report] = await runImport();
    expect(report).toMatchObject({ file: "status-1.csv", outcome: "applied", applied: 97 });
    // Header is line 1, so data row n is line n + 1.
    expect(report!.problems.map((p) => [p.file, p.line])).toEqual([
      ["status-1.csv", 8],
      ["status-1.csv", 51],
      ["status-1.csv", 100],
    ]);
    expect(report!.problems[0]!.message).toMatch(/ordernumber/);
    expect(applied.size).toBe(97);
    expect(applied.get("SO-0042")).toEqual({ ordernumber: "SO-0042", status: "shipped", packagenumber: "PKG42" });
    expect(applied.has("SO-0050")).toBe(false);
    expect(await files.list(layout.statusIn)).toEqual([]);
    expect(await history()).toHaveLength(1);

    applied.clear();
    await drop("status-1-again.csv", content);
    const [again] = await runImport();
    expect(again).toMatchObject({ outcome: "duplicate", applied: 0 });
    expect(applied.size).toBe(0);
    expect(store.list()).toHaveLength(1);
    expect(await files.list(layout.statusIn)).toEqual([]);
  });

  it("leaves a file in place when storing its rows fails, and applies it on the next run", async () => {
    await drop("status-2.csv", statusFileCsv(5, { prefix: "R" }));
    const [failed] = await runImport(async () => {
      throw new Error("database away");
    });
    expect(failed).toMatchObject({ outcome: "failed", error: "database away" });
    expect((await files.list(layout.statusIn)).map((f) => f.name)).toEqual(["status-2.csv"]);
    expect(store.list()).toHaveLength(0);
    const [retried] = await runImport();
    expect(retried).toMatchObject({ outcome: "applied", applied: 5 });
  });

  it("keeps the last 50 processed files in history", async () => {
    for (let i = 1; i <= 55; i++) await drop(`batch-${String(i).padStart(2, "0")}.csv`, statusFileCsv(1, { prefix: `H${i}` }));
    const reports = await runImport();
    expect(reports.filter((r) => r.outcome === "applied")).toHaveLength(55);
    const kept = (await history()).filter((n) => n.includes("batch-"));
    expect(kept).toHaveLength(50);
    expect(kept.some((n) => n.endsWith("batch-01.csv"))).toBe(false);
    expect(kept.some((n) => n.endsWith("batch-55.csv"))).toBe(true);
    expect(await history()).toHaveLength(50);
  });

  it("rejects an XML status file that declares an external entity, without resolving it", async () => {
    const secret = join(server.root, "secret.txt");
    await writeFile(secret, "TOP-SECRET-CONTENT");
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE statuses [<!ENTITY leak SYSTEM "file://${secret}">]>\n<statuses><status><ordernumber>&leak;</ordernumber><status>shipped</status><packagenumber>P1</packagenumber></status></statuses>`;
    await drop("status.xml", xml);
    const reports = await importFolder({
      files,
      folder: layout.statusIn,
      scope,
      store,
      format: { format: "xml", recordPath: "statuses.status" },
      readRow: readStatus,
      storeRows: async (rows) => rows.forEach((r) => applied.set(r.value.ordernumber, r.value)),
    });
    expect(reports).toMatchObject([{ file: "status.xml", outcome: "rejected" }]);
    expect(reports[0]!.error).toMatch(/DOCTYPE/);
    expect(JSON.stringify(reports)).not.toContain("TOP-SECRET");
    expect(applied.size).toBe(0);
    expect(await readdir(join(server.root, layout.statusIn, "rejected"))).toEqual(["status.xml"]);
  });
});
