import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../../lib/generated/prisma/client";

/** Direct access to the e2e server's database, for fixtures and for asserting on data. */
export const e2eDb = new PrismaClient({
  adapter: new PrismaLibSQL({ url: `file:${path.resolve(".test-data", "e2e", "shortlist.db")}` }),
});
