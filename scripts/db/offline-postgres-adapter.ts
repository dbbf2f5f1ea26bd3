import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * A PostgreSQL "connection" for `prisma migrate diff --from-empty --to-schema-datamodel`, so
 * `npm run db:migration:regen` and the migrations-in-step test need no running server. Such a
 * diff reads nothing from the database except the server version; anything else it asked would
 * fail loudly here rather than produce a wrong migration.
 */
const SERVER_VERSION_NUM = 150000; // the PostgreSQL 15 that CI and the README install

function refuse(what: string): never {
  throw new Error(`offline PostgreSQL adapter: ${what} needs a real database (only migrate diff runs offline)`);
}

const connection: SqlDriverAdapter = {
  provider: "postgres",
  adapterName: "@prisma/adapter-pg",
  async queryRaw(query: SqlQuery) {
    if (/version\(\)/.test(query.sql)) {
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [5, 7, 0], // Boolean, Text, Int32 (ColumnTypeEnum)
        rows: [[true, `PostgreSQL ${SERVER_VERSION_NUM / 10000}`, SERVER_VERSION_NUM]],
      };
    }
    return refuse(query.sql);
  },
  executeRaw: async (query: SqlQuery) => refuse(query.sql),
  executeScript: async () => refuse("a script"),
  startTransaction: async () => refuse("a transaction"),
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  dispose: async () => undefined,
};

export const offlinePostgresAdapter: SqlMigrationAwareDriverAdapterFactory = {
  provider: "postgres",
  adapterName: "@prisma/adapter-pg",
  connect: async () => connection,
  connectToShadowDb: async () => connection,
};
