import { serveFetchHandler, type RunningServer } from "../http-server";
import { createPlentymarketsSimulator, sandboxUser, type PlentymarketsSimulatorOptions } from "./simulator";

/** A simulator served over real HTTP, with a fixed clock and small helpers for tests. */
export async function startSimulator(options: PlentymarketsSimulatorOptions = {}) {
  const sim = createPlentymarketsSimulator({ now: () => new Date("2025-03-03T09:00:00Z"), seed: 4, ...options });
  const server: RunningServer = await serveFetchHandler(sim.handle);
  const base = `${server.url}${options.basePath ?? ""}`;

  async function login(username = sandboxUser.username, password = sandboxUser.password) {
    const res = await fetch(`${base}/rest/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    return { res, body: (await res.json()) as Record<string, unknown> };
  }

  async function token(): Promise<string> {
    const { body } = await login();
    return String(body.access_token);
  }

  async function call(method: string, path: string, accessToken: string, body?: unknown) {
    return fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  return { ...sim, server, base, login, token, call, close: () => server.close() };
}
