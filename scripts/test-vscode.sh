#!/usr/bin/env bash
# `npm run test:vscode`: the extension inside a real VS Code (code-server), twice:
#  1. end to end: the packaged dist/dossier.vsix installed and driven in headless chromium;
#  2. integration: the mocha suite in the extension host, with the repo as development extension.
# Both run even when the first fails; the exit code is non-zero when either failed.
# Screenshots: test-results/screenshots/. DOSSIER_VERBOSE=1 shows the workbench's own log too.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh || exit 1

started=$SECONDS
echo "test:vscode: packaging (production build + dist/dossier.vsix)"
npm run --silent package >/dev/null || exit 1
# The development build adds dist/test/integration/index.js (and a dist/extension.js with source
# maps for the integration run; the .vsix is already packed).
node scripts/build.mjs || exit 1
echo "test:vscode: built in $((SECONDS - started)) s"

step=$SECONDS
echo; echo "== end-to-end tests (test/e2e) =="
node --import tsx --test --test-reporter=spec --test-concurrency=1 test/e2e/*.e2e.ts
e2e=$?
echo "test:vscode: end-to-end tests took $((SECONDS - step)) s"

step=$SECONDS
echo; echo "== integration suite in the extension host (test/integration) =="
node --import tsx test/integration/runInCodeServer.ts
integration=$?
echo "test:vscode: integration suite took $((SECONDS - step)) s"

verdict() { [ "$1" -eq 0 ] && echo passed || echo "FAILED (exit $1)"; }
echo
echo "test:vscode: end-to-end $(verdict $e2e); integration $(verdict $integration); total $((SECONDS - started)) s"
[ $e2e -eq 0 ] && [ $integration -eq 0 ]
