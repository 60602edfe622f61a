#!/usr/bin/env bash
# The whole test suite: installs what it needs, then typecheck, unit tests, CLI checks and the
# tests inside a real VS Code (code-server driven by headless chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
echo "== typecheck"
npx tsc -p . --noEmit
echo "== unit tests"
node scripts/build.mjs
node scripts/test-unit.mjs
echo "== tests in a real VS Code"
bash scripts/test-vscode.sh
