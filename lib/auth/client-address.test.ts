import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const h = (xff?: string, realIp?: string) => new Headers({ ...(xff !== undefined ? { "x-forwarded-for": xff } : {}), ...(realIp ? { "x-real-ip": realIp } : {}) });

describe("clientAddress", () => {
  it("behind one proxy takes the entry it appended, not what the client put before it", () => {
    expect(clientAddress(h("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("a client rotating forged entries keeps one address", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((forged) => clientAddress(h(`${forged}, 198.51.100.4`), 1)));
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  it("behind two proxies counts two from the right", () => {
    expect(clientAddress(h("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then 'unknown'; with no proxy trusts neither", () => {
    expect(clientAddress(h(undefined, "192.0.2.1"), 1)).toBe("192.0.2.1");
    expect(clientAddress(h(" , "), 1)).toBe("unknown");
    expect(clientAddress(h("203.0.113.7"), 0)).toBe("unknown");
  });
});
