import { describe, expect, it } from "vitest";
import { isInternalAddress, isLoopbackHost, isPrivateHost } from "./hosts";

describe("isInternalAddress", () => {
  it("knows the internal addresses (loopback, private, link-local, unique-local, metadata, mapped)", () => {
    for (const a of [
      "127.0.0.1",
      "127.8.9.10",
      "10.0.0.1",
      "172.16.5.4",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "[::1]",
      "::",
      "fe80::1",
      "fc00::1",
      "fd00:ec2::254",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "64:ff9b::a9fe:a9fe",
      "not-an-address",
    ])
      expect(isInternalAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::6810:85e5", "::ffff:8.8.8.8"])
      expect(isInternalAddress(a), a).toBe(false);
  });
});

describe("isLoopbackHost", () => {
  it("is this machine only", () => {
    for (const h of ["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::ffff:127.0.0.1"])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ["10.0.0.5", "192.168.0.5", "localhost.evil.example", "example.com", "fe80::1"])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});

describe("isPrivateHost", () => {
  it("is this machine or its private network", () => {
    for (const h of ["localhost", "127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.0.5", "169.254.169.254"])
      expect(isPrivateHost(h), h).toBe(true);
    for (const h of ["[::1]", "fd12:3456::1", "fe80::1", "printer.local", "svc.internal", "100.64.0.1"])
      expect(isPrivateHost(h), h).toBe(true);
  });

  it("takes other names and addresses as public", () => {
    for (const h of ["embed.nova.dweet.com", "shortlist.example.com", "8.8.8.8", "172.32.0.1", "2606:4700::1"])
      expect(isPrivateHost(h), h).toBe(false);
  });
});
