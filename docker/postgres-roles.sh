#!/bin/sh
# Runs once, when the db container of docker-compose.yml initialises an empty volume
# (/docker-entrypoint-initdb.d): the schema owner, which runs the migrations, and the app's role,
# which serves. Neither is a superuser; the migrations grant caf_app what the app needs.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v db="$POSTGRES_DB" -v owner_password="$CAF_OWNER_PASSWORD" -v app_password="$CAF_APP_PASSWORD" <<'SQL'
CREATE ROLE caf_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE caf_app LOGIN PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO caf_owner;
SQL
