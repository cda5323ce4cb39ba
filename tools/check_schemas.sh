#!/usr/bin/env bash
# Compile every JSON Schema of tiepcan.outputs.schemas.json_schemas() with Ajv (JSON Schema 2020-12,
# strict mode, formats date/time/date-time) and validate examples the library writes and
# refuses against them (see tools/check_schemas.mjs and docs/developers.md, "JSON Schema").
#
#   bash tools/check_schemas.sh            # uses $PYTHON (default: python3) with tiepcan importable
#
# Needs Node >= 18 and npm; installs Ajv into tools/node_modules (git-ignored) from
# tools/package-lock.json on first use.
set -euo pipefail
TOOLS="$(cd "$(dirname "$0")" && pwd)"
PY=${PYTHON:-python3}
if [ ! -d "$TOOLS/node_modules/ajv" ] || [ ! -d "$TOOLS/node_modules/ajv-formats" ]; then
  (cd "$TOOLS" && npm ci --no-audit --no-fund --silent)
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$PY" "$TOOLS/../tests/schema_cases.py" > "$OUT/schemas.json"
node "$TOOLS/check_schemas.mjs" "$OUT/schemas.json"
