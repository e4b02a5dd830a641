#!/usr/bin/env bash
# Installs the real VS Code used by `npm run test:e2e` (code-server 4.100.3 = VS Code 1.100.3) plus Debian's chromium,
# from the npm registry and Debian packages only. Idempotent: a stamp makes a second run return at once.
# Usage: test/e2e/setup.sh [DIR]   (default: $SOURCED_E2E_DIR, else <repo>/.e2e; needs root for apt-get, Node 20)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=${1:-${SOURCED_E2E_DIR:-$here/../../.e2e}}
mkdir -p "$DIR" && DIR=$(cd "$DIR" && pwd)
HOST=$DIR/host
step() { local s=$SECONDS; "$@"; echo "[setup] $(( SECONDS - s ))s: $*" >&2; }

# 1) Debian packages: chromium (driven by playwright-core), ripgrep (stands in for @vscode/ripgrep, whose install
#    downloads from GitHub), libkrb5-dev (headers for code-server's kerberos native module).
if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || ! [ -e /usr/include/gssapi/gssapi.h ]; then
  step apt-get update -qq
  step env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ripgrep libkrb5-dev >/dev/null
fi

# The stamp records the pinned lockfile; a changed lockfile reinstalls.
stamp=$HOST/.sourced-e2e-stamp
want=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "[setup] code-server already installed in $HOST" >&2
  exit 0
fi

# 2) code-server and playwright-core from the pinned lockfile, scripts off (code-server's postinstall refuses root
#    and downloads ripgrep from GitHub); argon2 then builds from source against Node's headers.
rm -rf "$HOST" && mkdir -p "$HOST"
cp "$here/package.json" "$here/package-lock.json" "$HOST/"
cd "$HOST"
step npm ci --no-audit --no-fund --ignore-scripts
step npm rebuild argon2

# 3) What code-server's postinstall does for its bundled VS Code, by hand and offline.
cd node_modules/code-server/lib/vscode
step npm install --no-audit --no-fund --omit=dev --ignore-scripts
step npm rebuild @parcel/watcher @vscode/spdlog @vscode/deviceid kerberos native-watchdog || true
# node-pty's install ends with an `npx node-gyp configure` that fails offline after pty.node is built: check the files.
step npm rebuild node-pty || true
for f in node_modules/@vscode/spdlog/build/Release/spdlog.node node_modules/native-watchdog/build/Release/watchdog.node \
         node_modules/node-pty/build/Release/pty.node node_modules/kerberos/build/Release/kerberos.node \
         node_modules/@parcel/watcher-linux-x64-glibc/watcher.node; do
  [ -f "$f" ] || { echo "[setup] missing $f" >&2; exit 1; }
done
mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && step npm install --no-audit --no-fund --omit=dev)

# 4) Smoke test; --config keeps it from writing ~/.config/code-server.
cd "$HOST"
XDG_DATA_HOME="$DIR/xdg" node node_modules/code-server/out/node/entry.js --config /dev/null --version >&2
echo "$want" > "$stamp"
