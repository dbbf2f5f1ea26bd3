import { createDbClient } from "../../lib/db-client";
import { testDatabaseUrl } from "../../tests/support/test-database";

/** Direct access to the e2e server's database, for fixtures and for asserting on data. */
export const e2eDb = createDbClient(testDatabaseUrl("e2e"));
