# Sourced by scripts/test.sh (and usable by hand): a throw-away PostgreSQL cluster in a temp
# dir on a free loopback port. `pg_cluster_start` exports PG_CLUSTER_URL; `pg_cluster_stop` is
# safe to call twice and belongs in a trap, so the server stops even when a test fails.
#   PG_PORT_FIRST / PG_PORT_LAST   port range to pick from (default 55400–55499)

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || { echo "✖ PostgreSQL is missing: sudo apt-get install -y postgresql" >&2; return 1; }
  echo "$dir"
}

pg_free_port() {
  node -e '
    const net = require("node:net");
    const [first, last] = process.argv.slice(1).map(Number);
    const tryPort = (p) => {
      if (p > last) { console.error("no free port in " + first + "-" + last); process.exit(1); }
      const s = net.createServer().once("error", () => tryPort(p + 1));
      s.listen(p, "127.0.0.1", () => s.close(() => console.log(p)));
    };
    tryPort(first);' "${PG_PORT_FIRST:-55400}" "${PG_PORT_LAST:-55499}"
}

# initdb and the server refuse to run as root: use the postgres account then.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

pg_cluster_start() {
  local bin port
  bin=$(pg_bin_dir) || return 1
  port=$(pg_free_port) || return 1
  PG_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/shortlist-pg.XXXXXX")
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_CLUSTER_DIR"
  pg_as_owner "'$bin/initdb' -D '$PG_CLUSTER_DIR/data' -U postgres --auth=trust -E UTF8 --no-sync" > "$PG_CLUSTER_DIR/initdb.log" 2>&1 \
    || { cat "$PG_CLUSTER_DIR/initdb.log" >&2; return 1; }
  # Settings in the cluster's own config, so a plain `pg_ctl start` (the fault test restarts it) keeps them.
  # fsync off: a throw-away test cluster trades durability for speed; max_connections for two instances + tests.
  cat >> "$PG_CLUSTER_DIR/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_CLUSTER_DIR'
fsync = off
synchronous_commit = off
max_connections = 200
CONF
  pg_as_owner "'$bin/pg_ctl' -D '$PG_CLUSTER_DIR/data' -l '$PG_CLUSTER_DIR/server.log' -w start" > /dev/null \
    || { cat "$PG_CLUSTER_DIR/server.log" >&2; return 1; }
  PG_CLUSTER_BIN="$bin"
  export PG_CLUSTER_URL="postgresql://postgres@127.0.0.1:$port"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_CLUSTER_DIR)"
}

pg_cluster_stop() {
  [ -n "${PG_CLUSTER_DIR:-}" ] || return 0
  pg_as_owner "'$PG_CLUSTER_BIN/pg_ctl' -D '$PG_CLUSTER_DIR/data' -m immediate -w stop" > /dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER_DIR"
  PG_CLUSTER_DIR=""
}
