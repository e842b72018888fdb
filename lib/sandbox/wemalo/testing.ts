import { serveFetchHandler, type RunningServer } from "../http-server";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN, type WemaloSimulatorOptions, type WemaloSimulator } from "./simulator";

export interface SimulatorHarness {
  sim: WemaloSimulator;
  server: RunningServer;
  /** Base URL of the API, ending in `/v1`. */
  api: string;
  call(method: string, path: string, body?: unknown, token?: string | null): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/** Starts a simulator on a real port for tests. */
export async function startSimulator(options: WemaloSimulatorOptions = {}): Promise<SimulatorHarness> {
  const sim = createWemaloSimulator({ seed: 1, ...options });
  const server = await serveFetchHandler(sim.handle);
  const api = `${server.url}${options.basePath ?? "/sandbox/wemalo"}/v1`;
  return {
    sim,
    server,
    api,
    async call(method, path, body, token = SANDBOX_WEMALO_TOKEN) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (token !== null) headers.authorization = `JWT ${token}`;
      const response = await fetch(`${api}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // keep the raw text for malformed answers
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    close: () => server.close(),
  };
}

export const sampleOrder = (externalId: string, overrides: Record<string, unknown> = {}) => ({
  shop: "sandbox-shop",
  meta: {
    externalId,
    orderNumber: externalId.replace(/\D/g, "") || externalId,
    dispatcherProfile: "dhl_paket",
    externalIdMatch: "sku",
    receiver: [{ primary: true, name1: "Jürgen Weiß", street: "Unter den Eichen", streetNumber: "5", zip: "65195", city: "Wiesbaden", countryCode2Letter: "DE" }],
    ...overrides,
  },
  positions: [
    { externalId: "SKU-1", quantity: 2, externalPositionIdentifier: "L1", total: 3998, tax: 638 },
    { externalId: "SKU-2", quantity: 1, externalPositionIdentifier: "L2", total: 999, tax: 160 },
  ],
});

export const sampleProducts = {
  products: [
    { externalId: "P-1", sku: "SKU-1", name: "Tasse „Wiesbaden“", productGroup: "Geschirr", ean: "4006381333931" },
    { externalId: "P-2", sku: "SKU-2", name: "Untersetzer", productGroup: "Geschirr" },
  ],
};
