import path from "node:path";
import { createSqliteClient } from "../../lib/sqlite";

/** Direct access to the e2e server's database, for fixtures and for asserting on data. */
export const e2eDb = createSqliteClient(`file:${path.resolve(".test-data", "e2e", "shortlist.db")}`);
