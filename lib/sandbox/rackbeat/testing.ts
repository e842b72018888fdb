import { serveFetchHandler, type RunningServer } from "../http-server";
import { DEFAULT_TOKEN } from "./facts";
import { createRackbeatSimulator, type RackbeatSimulator, type RackbeatSimulatorOptions } from "./index";

export interface RackbeatTestServer {
  sim: RackbeatSimulator;
  server: RunningServer;
  /** `…/api`. */
  baseUrl: string;
  call(method: string, path: string, body?: unknown, token?: string | null): Promise<{ status: number; body: any; text: string; headers: Headers }>;
  close(): Promise<void>;
}

export async function startRackbeat(options: RackbeatSimulatorOptions = {}): Promise<RackbeatTestServer> {
  const sim = createRackbeatSimulator(options);
  const server = await serveFetchHandler(sim.handle);
  const baseUrl = sim.control.baseUrl(server.url);
  return {
    sim,
    server,
    baseUrl,
    async call(method, path, body, token = DEFAULT_TOKEN) {
      const headers: Record<string, string> = { accept: "application/json" };
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: res.status, body: parsed, text, headers: res.headers };
    },
    close: () => server.close(),
  };
}
