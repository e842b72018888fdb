import { describe, expect, it, vi } from "vitest";
import { cachedEndpoint, ENDPOINT_CACHE_TTL_MS, forgetEndpoint } from "./endpoint-cache";

const endpoint = { tenantId: "t", connectionId: "c1", connectorId: "webshipper", secret: "s", partnerSecrets: [] };

describe("endpoint cache", () => {
  it("keeps a found endpoint for the TTL, never an unknown one, and forgets on request", async () => {
    const load = vi.fn(async () => endpoint);
    expect(await cachedEndpoint("h1", load, 0)).toBe(endpoint);
    expect(await cachedEndpoint("h1", load, ENDPOINT_CACHE_TTL_MS - 1)).toBe(endpoint);
    expect(load).toHaveBeenCalledTimes(1);
    await cachedEndpoint("h1", load, ENDPOINT_CACHE_TTL_MS + 1);
    expect(load).toHaveBeenCalledTimes(2);
    forgetEndpoint("c1");
    await cachedEndpoint("h1", load, ENDPOINT_CACHE_TTL_MS + 2);
    expect(load).toHaveBeenCalledTimes(3);

    const unknown = vi.fn(async () => null);
    expect(await cachedEndpoint("h2", unknown, 0)).toBeNull();
    expect(await cachedEndpoint("h2", unknown, 1)).toBeNull();
    expect(unknown).toHaveBeenCalledTimes(2);
  });
});
