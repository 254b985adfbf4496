#!/usr/bin/env bash
# Installs the Debian packages the tests run for real: Redis, RabbitMQ, fonts for the renderer, Chromium for the
# browser tests, docker-compose (validation only) and Node.js for the offline Kubernetes schema check.
# Idempotent: does nothing when everything is present. Needs root or sudo.
set -euo pipefail

packages=()
need() { command -v "$1" >/dev/null 2>&1 || [ -e "$1" ] || packages+=("$2"); }
need redis-server redis-server
need /usr/lib/rabbitmq/bin/rabbitmq-server rabbitmq-server
need /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
need chromium chromium
need node nodejs
need npm npm

if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Missing ${packages[*]}: run as root or install sudo." >&2; exit 1; }
    sudo="sudo"
  fi
  echo "Installing ${packages[*]} ..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# Validation only (no engine): without --no-install-recommends it would drag in the whole Docker engine.
if ! command -v docker-compose >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi
