# Helpers shared by ./portal and the test scripts. Sourced, not run.

log() { printf '[portal] %s\n' "$*" >&2; }
die() { printf '[portal] error: %s\n' "$*" >&2; exit 1; }

# PostgreSQL settings for app-config.postgres.yaml, defaulting to a local trust-auth server.
use_postgres_env() {
  export POSTGRES_HOST="${POSTGRES_HOST:-127.0.0.1}"
  export POSTGRES_PORT="${POSTGRES_PORT:-5432}"
  export POSTGRES_USER="${POSTGRES_USER:-postgres}"
  export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}"
}

install_dependencies() {
  mkdir -p "$AGILE_OPS_ROOT/.data"
  # --immutable: the committed lockfile is the one release of Backstage we test against.
  log "installing dependencies (yarn install --immutable)"
  yarn install --immutable >"$AGILE_OPS_ROOT/.data/yarn-install.log" 2>&1 || {
    tail -40 "$AGILE_OPS_ROOT/.data/yarn-install.log" >&2
    die "yarn install failed; full log in .data/yarn-install.log"
  }
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    die "need root to run: $*"
  fi
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "missing $*; install it with your system's package manager"
  log "installing $* from Debian's packages"
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Chromium for the browser tests (Playwright cannot download its own browser here).
ensure_system_packages() {
  export AGILE_OPS_CHROMIUM="${AGILE_OPS_CHROMIUM:-/usr/bin/chromium}"
  [ -x "$AGILE_OPS_CHROMIUM" ] || apt_install chromium
  [ -x "$AGILE_OPS_CHROMIUM" ] || die "no Chromium at $AGILE_OPS_CHROMIUM; set AGILE_OPS_CHROMIUM to a Chromium binary"
}

# A PostgreSQL 15 server on 127.0.0.1:5432 for the database tests: start it, or install it.
ensure_postgres_running() {
  use_postgres_env
  export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://$POSTGRES_USER${POSTGRES_PASSWORD:+:$POSTGRES_PASSWORD}@$POSTGRES_HOST:$POSTGRES_PORT}"
  if pg_ready; then return 0; fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql
    trust_local_postgres
  fi
  log "starting PostgreSQL"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  for _ in $(seq 1 30); do pg_ready && return 0; sleep 1; done
  die "PostgreSQL is not reachable at $POSTGRES_HOST:$POSTGRES_PORT; start it or point POSTGRES_HOST/PORT/USER/PASSWORD at one"
}

pg_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$POSTGRES_HOST" -p "$POSTGRES_PORT"
  else
    (exec 3<>"/dev/tcp/$POSTGRES_HOST/$POSTGRES_PORT") 2>/dev/null
  fi
}

# A freshly installed Debian cluster asks for passwords on TCP; the tests connect as postgres
# over loopback, as on this project's machines.
trust_local_postgres() {
  local hba
  hba="$(ls /etc/postgresql/*/main/pg_hba.conf | sort -V | tail -1)"
  as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
}
