import { callJson, type JsonCallResult } from "../call-json";
import { serveFetchHandler, type RunningServer } from "../http-server";
import { DEFAULT_USER } from "./facts";
import { createOngoingSimulator, type OngoingSimulator, type OngoingSimulatorOptions } from "./index";

export interface OngoingTestServer {
  sim: OngoingSimulator;
  server: RunningServer;
  /** `…/{instance}`; the API root is this plus `/api/v1`. */
  baseUrl: string;
  /** Calls `/api/v1{path}` over real HTTP as the default user (or `auth`). */
  call(method: string, path: string, body?: unknown, auth?: { username: string; password: string } | null): Promise<JsonCallResult>;
  close(): Promise<void>;
}

/** Starts the simulator on a real port for a test. */
export async function startOngoing(options: OngoingSimulatorOptions = {}): Promise<OngoingTestServer> {
  const sim = createOngoingSimulator(options);
  const server = await serveFetchHandler(sim.handle);
  const baseUrl = sim.control.baseUrl(server.url);
  return {
    sim,
    server,
    baseUrl,
    call: (method, path, body, auth = DEFAULT_USER) =>
      callJson(`${baseUrl}/api/v1${path}`, method, {
        body,
        authorization: auth ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}` : undefined,
      }),
    close: () => server.close(),
  };
}

/** A settable clock for tests of "changed since". */
export function testClock(start = "2025-03-01T08:00:00.000Z") {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}
