#!/usr/bin/env bash
# Kontor's two quick-start commands (Debian 12 / Ubuntu 22.04+):
#   ./kontor.sh run     install what is missing, build, open Kontor on the default local database
#   ./kontor.sh test    install what is missing, build, run every test (PostgreSQL included)
# Other commands: build, screenshots, bench, package, deps.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_DIR="${KONTOR_BUILD_DIR:-$ROOT/build}"
BUILD_TYPE="${KONTOR_BUILD_TYPE:-RelWithDebInfo}"

# Debian packages the build, the tests and the app need. Why each one is there: README.md.
PACKAGES=(
  g++ cmake ninja-build pkg-config file dpkg-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
  qtkeychain-qt6-dev catch2 libquazip1-qt6-dev libuchardet-dev libphonenumber-dev libxlsxwriter-dev
  postgresql sqlite3 xlsx2csv xvfb xauth fonts-dejavu-core
)

log() { printf '\033[1;34m[kontor]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all ${#PACKAGES[@]} packages already installed"
    return
  fi
  log "installing ${#missing[@]} missing packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    log "configuring $BUILD_DIR ($BUILD_TYPE)"
    local launcher=()
    # ccache is optional: it only makes rebuilds in fresh build folders faster.
    if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${launcher[@]}" >/dev/null
  fi
  log "building"
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}

# A throwaway PostgreSQL server on a free loopback port, in a temporary folder.
PG_BIN="${PG_BIN:-}"
PG_ROOT=""
pg_find_bin() {
  if [ -z "$PG_BIN" ]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  fi
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (package postgresql)" >&2; exit 1; }
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pg_run() { # run a PostgreSQL binary as the postgres user when we are root (initdb refuses root)
  if [ "$(id -u)" -eq 0 ]; then (cd /tmp && runuser -u postgres -- "$@"); else "$@"; fi
}
pg_start() {
  pg_find_bin
  PG_ROOT=$(mktemp -d /tmp/kontor-pg.XXXXXX)
  chmod 0755 "$PG_ROOT"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_ROOT"; fi
  pg_run "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$PG_ROOT/initdb.log" 2>&1 || { cat "$PG_ROOT/initdb.log" >&2; exit 1; }
  local attempt
  for attempt in 1 2 3 4 5; do
    PG_PORT=$((20000 + RANDOM % 30000))
    port_in_use "$PG_PORT" && continue
    log "starting a throwaway PostgreSQL on 127.0.0.1:$PG_PORT ($PG_ROOT)"
    if pg_run "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_ROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    [ "$attempt" -eq 5 ] && { cat "$PG_ROOT/server.log" >&2; exit 1; }
  done
  export KONTOR_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
}
pg_stop() {
  [ -n "$PG_ROOT" ] || return 0
  log "stopping PostgreSQL"
  pg_run "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_ROOT"
  PG_ROOT=""
}

run_tests() {
  pg_start
  trap pg_stop EXIT
  export QT_QPA_PLATFORM=offscreen
  export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
  mkdir -p -m 700 "$XDG_RUNTIME_DIR"
  log "running the test suite"
  local rc=0
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" "$@" || rc=$?
  pg_stop
  trap - EXIT
  return $rc
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    install_deps; build
    log "opening Kontor on ${KONTOR_DB:-the default local database}"
    exec "$BUILD_DIR/app/kontor/kontor" "$@"
    ;;
  test)
    install_deps; build; run_tests "$@"
    ;;
  build) install_deps; build ;;
  deps) install_deps ;;
  screenshots) install_deps; build; "$ROOT/scripts/screenshot.sh" "$BUILD_DIR" ;;
  bench) install_deps; build; "$BUILD_DIR/tests/benchmarks/bench_demo" "$@" ;;
  package) install_deps; build; (cd "$BUILD_DIR" && cpack -G "DEB;TGZ") ;;
  *)
    echo "usage: $0 run|test|build|deps|screenshots|bench|package [args]" >&2
    exit 2
    ;;
esac
