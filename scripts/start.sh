#!/usr/bin/env bash
# `npm start`: builds and packages Dossier, installs it into an isolated code-server (a real VS Code
# in the browser) with seeds/ as the workspace, prints the address and runs until Ctrl-C.
# DOSSIER_PORT picks the port (default 8080); DOSSIER_CACHE where the tools are cached.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
echo "start: building and packaging the extension"
npm run --silent package >/dev/null
# exec: Ctrl-C and TERM go straight to the process that owns the server's process group.
exec node --import tsx test/e2e/serveDossier.ts
