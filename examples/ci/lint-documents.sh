#!/usr/bin/env sh
# Checks a folder of administrative documents in any CI (GitLab CI, Jenkins,
# Azure Pipelines, a cron job): prints a readable report, keeps a JSON copy
# as a build artifact, and fails the build when a document breaks Decree 30.
#
#   DOCUMENTS=documents sh examples/ci/lint-documents.sh
#
# It runs the `cchc` of the project (`npm install --save-dev @cchc/cli`), or
# the command in CCHC, e.g. CCHC="node /path/to/cchc/packages/cli/dist/bin.js"
# for a clone of the cchc repository.
#
# Exit codes: 0 clean, 1 documents with errors, 2 the check itself could not
# run (bad configuration, unreadable file, missing folder).
set -u

DOCUMENTS="${DOCUMENTS:-documents}"
REPORT_DIR="${REPORT_DIR:-cchc-report}"
CCHC="${CCHC:-npx --no-install cchc}"

mkdir -p "$REPORT_DIR"

# Optional: fail on warnings too (MAX_WARNINGS=0), and a baseline that lets an
# old archive adopt the rules (findings recorded in it are not reported again,
# new ones are; commit the baseline file to keep it).
EXTRA_ARGS=""
if [ -n "${MAX_WARNINGS:-}" ]; then
  EXTRA_ARGS="--max-warnings=$MAX_WARNINGS"
fi
if [ -n "${CCHC_BASELINE:-}" ]; then
  EXTRA_ARGS="$EXTRA_ARGS --baseline $CCHC_BASELINE"
fi

# shellcheck disable=SC2086
$CCHC lint "$DOCUMENTS" --cache $EXTRA_ARGS
status=$?

# The machine-readable copy, from the cache (nothing is checked twice).
# shellcheck disable=SC2086
$CCHC lint "$DOCUMENTS" --cache --format json --output-file "$REPORT_DIR/cchc.json" $EXTRA_ARGS >/dev/null 2>&1 || true

case $status in
  0) echo "cchc: all documents pass." ;;
  1) echo "cchc: documents with errors (report: $REPORT_DIR/cchc.json)." ;;
  *) echo "cchc: the check could not run (exit $status)." ;;
esac
exit $status
