#!/bin/sh
# Local development build with the rules package read from its sources.
cd "$(dirname "$0")/.." || exit 1
rm -rf .devbuild/dist
ESB=$(ls -d /work/main/node_modules/.pnpm/esbuild@0.25*/node_modules/esbuild/bin/esbuild | head -1)
$ESB src/bin.ts src/lint-worker.ts --bundle --splitting --format=esm --platform=node --target=node20 --outdir=.devbuild/dist \
  --alias:@cchc/rules=./.devbuild/rules-shim.ts --alias:date-fns=/work/main/packages/rules/node_modules/date-fns \
  --external:@cchc/core --external:@cchc/format --external:effect --external:mammoth --external:picomatch --log-level=warning
