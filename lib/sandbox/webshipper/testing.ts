import { callJson, type JsonCallResult } from "../call-json";
import { serveFetchHandler, type RunningServer } from "../http-server";
import { DEFAULT_TOKEN } from "./facts";
import { createWebshipperSimulator, type WebshipperSimulator, type WebshipperSimulatorOptions } from "./index";

export interface WebshipperTestServer {
  sim: WebshipperSimulator;
  server: RunningServer;
  /** `…/sandbox/v2`. */
  baseUrl: string;
  call(method: string, path: string, body?: unknown, token?: string | null): Promise<JsonCallResult>;
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
    call: (method, path, body, token = DEFAULT_TOKEN) =>
      callJson(`${baseUrl}${path}`, method, { body, authorization: token ? `Bearer ${token}` : undefined, mediaType: "application/vnd.api+json" }),
    close: () => server.close(),
  };
}
