import { describe, expect, it } from "vitest";
import { assertSafeOutboundUrl, classifyAddress, UnsafeUrlError } from "./url-guard";

const resolvesTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["fc00::1", "unique local"],
    ["fd12:3456::1", "unique local"],
    ["fe80::1", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped IPv6"],
    ["::ffff:7f00:1", "IPv4-mapped IPv6"],
    ["::ffff:8.8.8.8", "IPv4-mapped IPv6"],
    ["64:ff9b::a00:1", "NAT64 IPv6"],
  ])("%s is %s", (address, label) => {
    expect(classifyAddress(address)).toBe(label);
  });

  it.each(["8.8.8.8", "172.32.0.1", "100.128.0.1", "1.1.1.1", "2a00:1450:4001:80b::200e", "2606:4700::1111"])("%s is public", (address) => {
    expect(classifyAddress(address)).toBeNull();
  });
});

describe("assertSafeOutboundUrl", () => {
  it("accepts a public https host", async () => {
    const url = await assertSafeOutboundUrl("https://p1000.my.plentysystems.com/rest", { lookup: resolvesTo("3.120.1.1", "2a05:d014::1") });
    expect(url.hostname).toBe("p1000.my.plentysystems.com");
  });

  it("rejects a host that resolves to a private address, naming host and address", async () => {
    await expect(assertSafeOutboundUrl("https://shop.example.com", { lookup: resolvesTo("8.8.8.8", "10.0.0.5") })).rejects.toThrow(
      'refusing to call host "shop.example.com" (resolves to 10.0.0.5): private address not allowed',
    );
  });

  it("rejects IP literals including the metadata address and bracketed IPv6", async () => {
    await expect(assertSafeOutboundUrl("http://169.254.169.254/latest/meta-data")).rejects.toThrow(/"169\.254\.169\.254": link-local/);
    await expect(assertSafeOutboundUrl("http://[::1]:3000/")).rejects.toThrow(/"::1": loopback/);
    await expect(assertSafeOutboundUrl("http://[::ffff:10.0.0.1]/")).rejects.toThrow(/IPv4-mapped/);
  });

  it("rejects localhost through real DNS", async () => {
    await expect(assertSafeOutboundUrl("http://localhost:8080")).rejects.toBeInstanceOf(UnsafeUrlError);
  });

  it("rejects other schemes even when private addresses are allowed", async () => {
    await expect(assertSafeOutboundUrl("ftp://files.example.com", { allowPrivate: true })).rejects.toThrow(/only http and https/);
    await expect(assertSafeOutboundUrl("file:///etc/passwd", { allowPrivate: true })).rejects.toThrow(/refusing file URL/);
  });

  it("allows private addresses when configured (development, sandbox)", async () => {
    await expect(assertSafeOutboundUrl("http://127.0.0.1:4000/sandbox", { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });

  it("reports an unresolvable host clearly", async () => {
    const lookup = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    await expect(assertSafeOutboundUrl("https://nope.invalid", { lookup })).rejects.toThrow('cannot resolve host "nope.invalid"');
  });

  it("rejects a string that is not a URL", async () => {
    await expect(assertSafeOutboundUrl("not a url")).rejects.toThrow(/not a valid URL/);
  });
});
