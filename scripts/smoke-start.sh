#!/usr/bin/env bash
# Runs `npm start` on a fresh data directory as the README's quick start does, and checks that the
# dashboard serves the demo commune; stops the server afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=${SMOKE_PORT:-3999}
PORT=$port CAP_LIBRE_DATA_DIR="$data" npm start >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; pkill -P $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
	if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
	sleep 1
done
page=$(curl -fsS "http://127.0.0.1:$port/")
grep -q 'Saint-Exemple-sur-Loire' <<<"$page" || { echo "smoke: demo commune not shown"; cat "$data/server.log"; exit 1; }
grep -q 'kf-annual-spend' <<<"$page" || { echo "smoke: annual spend not shown"; cat "$data/server.log"; exit 1; }
echo "smoke: npm start serves the demo commune on port $port"
