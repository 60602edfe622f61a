#!/usr/bin/env bash
# The whole test suite: installs what it needs, then typecheck, unit tests, CLI checks, the scaling
# gate (cost per article from 1,000 to 10,000 articles) and the tests inside a real VS Code
# (code-server driven by headless chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
echo "== typecheck"
npx tsc -p . --noEmit
echo "== unit tests"
node scripts/build.mjs
node scripts/test-unit.mjs
echo "== scaling gate"
node --import tsx scripts/benchGate.ts
echo "== tests in a real VS Code"
bash scripts/test-vscode.sh
