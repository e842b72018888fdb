import { serveFetchHandler, type RunningServer } from "../http-server";
import { createVendreSimulator, type VendreSimulator, type VendreSimulatorOptions } from "./index";

export interface VendreTestServer {
  sim: VendreSimulator;
  server: RunningServer;
  /** Runs before each request reaches the simulator. */
  beforeRequest: { hook?: (request: Request) => void };
  close(): Promise<void>;
}

/** Starts the simulator on 127.0.0.1 and a free port for a test. */
export async function startVendre(options: VendreSimulatorOptions = {}): Promise<VendreTestServer> {
  const sim = createVendreSimulator(options);
  const beforeRequest: VendreTestServer["beforeRequest"] = {};
  const server = await serveFetchHandler(async (request) => {
    beforeRequest.hook?.(request);
    return sim.handle(request);
  });
  return { sim, server, beforeRequest, close: () => server.close() };
}
