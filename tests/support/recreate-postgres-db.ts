/** `tsx tests/support/recreate-postgres-db.ts postgresql://…/name`: an empty database `name` (for test servers). */
import pg from "pg";

const url = new URL(process.argv[2]!);
const name = decodeURIComponent(url.pathname.slice(1));
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe test database name: ${name}`);
url.pathname = "/postgres";
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
// FORCE: a previous run's server may still hold connections.
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
