import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileTransport } from "./transport";
import { startTestFileServer, TEST_PROTOCOLS, type TestFileServer } from "./testing/servers";

describe.each(TEST_PROTOCOLS)("file transport over a real %s server", (protocol) => {
  let server: TestFileServer;
  let files: FileTransport;
  beforeAll(async () => {
    server = await startTestFileServer(protocol);
    files = await server.connect();
  });
  afterAll(async () => {
    await files?.close();
    await server?.close();
  });

  it("makes folders, writes atomically, lists files only, reads back", async () => {
    await files.mkdir("export/orders/history");
    await files.mkdir("export/orders");
    await files.writeAtomic("export/orders/1001.xml", "<order>Åsa</order>");
    await files.writeAtomic("export/orders/1001.xml", "<order>Åsa 2</order>");
    expect((await files.list("export/orders")).map((f) => f.name)).toEqual(["1001.xml"]);
    expect(await readdir(join(server.root, "export/orders"))).toEqual(["1001.xml", "history"]);
    expect((await files.read("export/orders/1001.xml")).toString("utf8")).toBe("<order>Åsa 2</order>");
    expect(await files.list("nope/missing")).toEqual([]);
  });

  it("moves onto an existing file, deletes, and refuses paths that climb out", async () => {
    await mkdir(join(server.root, "in"), { recursive: true });
    await writeFile(join(server.root, "in/a.txt"), "new");
    await files.mkdir("in/history");
    await writeFile(join(server.root, "in/history/a.txt"), "old");
    await files.move("in/a.txt", "in/history/a.txt");
    expect(await readFile(join(server.root, "in/history/a.txt"), "utf8")).toBe("new");
    await expect(files.move("in/gone.txt", "in/history/a.txt")).rejects.toThrow();
    expect(await readFile(join(server.root, "in/history/a.txt"), "utf8")).toBe("new");
    await files.delete("in/history/a.txt");
    expect(await files.list("in/history")).toEqual([]);
    await expect(files.read("../etc/passwd")).rejects.toThrow(/unsafe file path/);
  });
});
