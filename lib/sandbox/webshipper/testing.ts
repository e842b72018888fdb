import { serveFetchHandler, type RunningServer } from "../http-server";
import { DEFAULT_TOKEN } from "./facts";
import { createWebshipperSimulator, type WebshipperSimulator, type WebshipperSimulatorOptions } from "./index";

export interface WebshipperTestServer {
  sim: WebshipperSimulator;
  server: RunningServer;
  /** `…/sandbox/v2`. */
  baseUrl: string;
  call(method: string, path: string, body?: unknown, token?: string | null): Promise<{ status: number; body: any; text: string; headers: Headers }>;
  close(): Promise<void>;
}

/** Starts the simulator on a real port for a test. */
export async function startWebshipper(options: WebshipperSimulatorOptions = {}): Promise<WebshipperTestServer> {
  const sim = createWebshipperSimulator(options);
  const server = await serveFetchHandler(sim.handle);
  const baseUrl = sim.control.baseUrl(server.url);
  return {
    sim,
    server,
    baseUrl,
    async call(method, path, body, token = DEFAULT_TOKEN) {
      const headers: Record<string, string> = { accept: "application/vnd.api+json" };
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers["content-type"] = "application/vnd.api+json";
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
