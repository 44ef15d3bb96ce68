#!/usr/bin/env bash
# Run by the postgres image's entrypoint once, when the primary's data directory is created: a role the replica
# copies and streams with, and the pg_hba.conf line that lets it connect for replication (the image's own
# "host all all all" line does not cover replication connections).
set -euo pipefail
psql -v ON_ERROR_STOP=1 -v password="$REPLICATION_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE replicator LOGIN REPLICATION PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
