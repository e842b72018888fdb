import { callJson, type JsonCallResult } from "../call-json";
import { serveFetchHandler, type RunningServer } from "../http-server";
import { DEFAULT_TOKEN } from "./facts";
import { createRackbeatSimulator, type RackbeatSimulator, type RackbeatSimulatorOptions } from "./index";

export interface RackbeatTestServer {
  sim: RackbeatSimulator;
  server: RunningServer;
  /** `…/api`. */
  baseUrl: string;
  call(method: string, path: string, body?: unknown, token?: string | null): Promise<JsonCallResult>;
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
    call: (method, path, body, token = DEFAULT_TOKEN) =>
      callJson(`${baseUrl}${path}`, method, { body, authorization: token ? `Bearer ${token}` : undefined }),
    close: () => server.close(),
  };
}
