import { BlockList, isIP } from "node:net";

/**
 * Where a host can be reached from: the one table behind the sandbox's SSRF guard (a resume URL
 * must never reach an internal address) and the start-up checks on APP_URL (a hosted Nova cannot
 * download from a private one; the demo password shows only on a loopback one).
 */

/** This machine: 127.0.0.0/8 and ::1. */
const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/**
 * Addresses only this machine or its networks can reach: loopback, private networks, link-local
 * (including the cloud metadata service at 169.254.169.254 and fd00:ec2::254), unique-local,
 * carrier-grade NAT, multicast and reserved ranges.
 */
const internal = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  internal.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
] as const)
  internal.addSubnet(net, prefix, "ipv6");

/** IPv4 hidden inside IPv6 (::ffff:a.b.c.d, ::a.b.c.d, NAT64 64:ff9b::/96) is judged as IPv4. */
function embeddedIpv4(address: string): string | null {
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** A URL's hostname as written (`[::1]`) or a bare one, lower-cased and without IPv6 brackets. */
function bare(host: string): string {
  return host.replace(/^\[|\]$/g, "").toLowerCase();
}

/** Is the address in the list? `null` when it is not an IP address at all (a name). */
function listed(list: BlockList, host: string): boolean | null {
  const family = isIP(host);
  if (family === 4) return list.check(host, "ipv4");
  if (family === 6) {
    const v4 = embeddedIpv4(host);
    return v4 ? list.check(v4, "ipv4") : list.check(host, "ipv6");
  }
  return null;
}

/** For resolved addresses (the SSRF guard): internal, or not an address at all — refuse rather than guess. */
export function isInternalAddress(raw: string): boolean {
  return listed(internal, bare(raw)) ?? true;
}

/** Only this machine can reach it: `localhost` names, 127.0.0.0/8 and ::1 (also IPv4-mapped). */
export function isLoopbackHost(hostname: string): boolean {
  const host = bare(hostname);
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return listed(loopback, host) ?? false;
}

/**
 * Only this machine or its private network can reach it: loopback, an internal address, or a
 * `*.local`/`*.internal` name. Other names are taken as public (they are not resolved here).
 */
export function isPrivateHost(hostname: string): boolean {
  const host = bare(hostname);
  if (isLoopbackHost(host) || host.endsWith(".local") || host.endsWith(".internal")) return true;
  return listed(internal, host) ?? false;
}
