#!/usr/bin/env bash
# Runs `npm start` on a fresh data directory as the README's quick start does, signs in with a demo account
# as a person would (login form), and checks that the dashboard shows the demo commune; stops the server after.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=${SMOKE_PORT:-3999}
base="http://localhost:$port"
# In its own process group, so that npm, its shell and the server are all stopped at the end.
PORT=$port CAP_LIBRE_DATA_DIR="$data" setsid npm start >"$data/server.log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || true; sleep 2; rm -rf "$data"' EXIT
if curl -fsS "$base/healthz" >/dev/null 2>&1; then echo "smoke: port $port is already in use"; exit 1; fi
for _ in $(seq 1 180); do
	if curl -fsS "$base/healthz" >/dev/null 2>&1; then break; fi
	sleep 1
done
fail() { echo "smoke: $1"; cat "$data/server.log"; exit 1; }
login=$(curl -fsS -H 'accept: text/html' "$base/login") || fail "login page unreachable"
grep -q 'elu@demo.cap-libre.fr' <<<"$login" || fail "demo accounts not shown on the login page"
jar="$data/cookies"
status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -H "origin: $base" -H 'accept: text/html' \
	--data-urlencode 'email=elu@demo.cap-libre.fr' --data-urlencode 'password=demo-elu' "$base/login")
[ "$status" = 303 ] || fail "demo login answered $status"
page=$(curl -fsS -b "$jar" -H 'accept: text/html' "$base/")
grep -q 'Saint-Exemple-sur-Loire' <<<"$page" || fail "demo commune not shown"
grep -q 'kf-annual-spend' <<<"$page" || fail "annual spend not shown"
echo "smoke: npm start serves the demo commune on port $port"
