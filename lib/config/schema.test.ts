import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./schema";

const base = {
  AUTH_SECRET: "x".repeat(40),
  NOVA_API_KEY: "sk_test_abcdefghijklmnop1234",
  NOVA_WEBHOOK_SECRET: "whsec_abcdefghijklmnop1234",
};

function errorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("fills embedded defaults: port 3000, sandbox on, demo on", () => {
    const c = parseConfig(base);
    expect(c.port).toBe(3000);
    expect(c.appUrl).toBe("http://localhost:3000");
    expect(c.nova.apiUrl).toBe("http://localhost:3000/api/nova-sandbox");
    expect(c.sandbox.enabled).toBe(true);
    expect(c.sandbox.webhookUrl).toBe("http://localhost:3000/api/webhooks/nova");
    expect(c.demo).toBe(true);
  });

  it("derives APP_URL from PORT and honours an explicit APP_URL", () => {
    expect(parseConfig({ ...base, PORT: "4100" }).appUrl).toBe("http://localhost:4100");
    expect(parseConfig({ ...base, APP_URL: "https://shortlist.example.com/" }).appUrl).toBe(
      "https://shortlist.example.com",
    );
  });

  it("accepts a PostgreSQL DATABASE_URL (both URL schemes) with a pool size", () => {
    const c = parseConfig({ ...base, DATABASE_URL: "postgresql://app@db:5432/shortlist", DATABASE_POOL_SIZE: "20" });
    expect(c.databaseUrl).toBe("postgresql://app@db:5432/shortlist");
    expect(c.databasePoolSize).toBe(20);
    expect(parseConfig({ ...base, DATABASE_URL: "postgres://db/shortlist" }).databaseUrl).toBe(
      "postgres://db/shortlist",
    );
  });

  it("names a missing required setting", () => {
    const err = errorOf({ ...base, AUTH_SECRET: undefined });
    expect(err.setting).toBe("AUTH_SECRET");
    expect(err.message).toMatch(/AUTH_SECRET.*required/);
  });

  it.each([
    ["PORT", "eighty", /PORT/],
    ["PORT", "70000", /PORT/],
    ["APP_URL", "localhost:3000", /APP_URL/],
    ["DATABASE_URL", "mysql://x", /DATABASE_URL.*SQLite.*PostgreSQL/],
    ["DATABASE_POOL_SIZE", "1", /DATABASE_POOL_SIZE/],
    ["NOVA_API_KEY", "pk_live_123", /NOVA_API_KEY.*sk_test_/],
    ["NOVA_WEBHOOK_SECRET", "secret", /NOVA_WEBHOOK_SECRET.*whsec_/],
    ["DEMO", "maybe", /DEMO/],
    ["AUTH_SECRET", "short", /AUTH_SECRET.*32/],
  ])("names a malformed %s", (setting, value, message) => {
    const err = errorOf({ ...base, [setting]: value });
    expect(err.setting).toBe(setting);
    expect(err.message).toMatch(message);
  });

  it("requires key and secret when pointed at a real Nova, and turns sandbox and demo off", () => {
    expect(errorOf({ AUTH_SECRET: base.AUTH_SECRET, NOVA_API_URL: "https://embed.nova.dweet.com" }).setting).toBe(
      "NOVA_API_KEY",
    );
    expect(
      errorOf({
        AUTH_SECRET: base.AUTH_SECRET,
        NOVA_API_URL: "https://embed.nova.dweet.com",
        NOVA_API_KEY: base.NOVA_API_KEY,
      }).setting,
    ).toBe("NOVA_WEBHOOK_SECRET");
    const c = parseConfig({ ...base, NOVA_API_URL: "https://embed.nova.dweet.com/" });
    expect(c.nova.apiUrl).toBe("https://embed.nova.dweet.com");
    expect(c.sandbox.enabled).toBe(false);
    expect(c.demo).toBe(false);
  });

  it("treats empty strings as unset and DEMO=0 as off", () => {
    expect(parseConfig({ ...base, PORT: "" }).port).toBe(3000);
    expect(parseConfig({ ...base, DEMO: "0" }).demo).toBe(false);
  });
});
