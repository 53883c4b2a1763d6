#!/usr/bin/env bash
# Checks docker/prometheus with promtool (Debian's prometheus package, installed when missing):
# the configuration, the alert rules, and the rules' unit tests (alerts.test.yml).
set -euo pipefail
source "$(dirname "$0")/runtime.sh"
source "$(dirname "$0")/packages.sh"
ensure_packages prometheus:promtool || die "promtool is needed to check the alert rules"
dir="$ROOT/docker/prometheus"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# The configuration names the rules by their path inside the container.
sed "s#/etc/prometheus/alerts.yml#$dir/alerts.yml#" "$dir/prometheus.yml" >"$work/prometheus.yml"
promtool check config "$work/prometheus.yml"
promtool check rules "$dir/alerts.yml"
(cd "$dir" && promtool test rules alerts.test.yml)
