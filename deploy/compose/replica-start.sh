#!/usr/bin/env bash
# The replica's entrypoint (as the postgres user): on first start, an empty data directory is filled with a copy
# of the primary (pg_basebackup -R writes standby.signal and the primary_conninfo to stream from); then the
# server runs as a hot standby, read-only, replaying the primary's WAL.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "replica: copying the primary into $PGDATA"
  until PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "${PRIMARY_HOST:-primary}" -p "${PRIMARY_PORT:-5432}" \
      -U replicator -D "$PGDATA" -R -X stream -c fast; do
    echo "replica: primary not ready, retrying"
    sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on "$@"
