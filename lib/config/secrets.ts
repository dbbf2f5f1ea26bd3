import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { lockDownDataDir } from "./permissions";

/** Secrets a newcomer should not have to invent; generated once, kept in the data directory. */
export interface GeneratedSecrets {
  AUTH_SECRET: string;
  NOVA_API_KEY: string;
  NOVA_WEBHOOK_SECRET: string;
}

const token = (bytes: number) => randomBytes(bytes).toString("base64url").replace(/[-_]/g, "").slice(0, bytes);

export function loadOrCreateSecrets(dataDir: string): GeneratedSecrets {
  const file = path.join(dataDir, "secrets.json");
  lockDownDataDir(dataDir);
  try {
    // "wx" fails if the file exists, so two processes starting at once agree on one set.
    const fresh: GeneratedSecrets = {
      AUTH_SECRET: token(48),
      NOVA_API_KEY: `sk_test_${token(32)}`,
      NOVA_WEBHOOK_SECRET: `whsec_${token(32)}`,
    };
    fs.writeFileSync(file, JSON.stringify(fresh, null, 2) + "\n", { flag: "wx", mode: 0o600 });
    return fresh;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as GeneratedSecrets;
}
