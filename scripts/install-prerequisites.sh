#!/usr/bin/env bash
# Installs the Debian packages the tests run for real: Redis, RabbitMQ, fonts for the renderer, Chromium for the
# browser tests, Node.js for the offline Kubernetes schema check, and docker-compose (config validation only).
# Idempotent: does nothing when everything is present. Needs root or sudo.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo: packages are missing." >&2; exit 1; }
  sudo="sudo"
fi

packages=()
need() { command -v "$1" >/dev/null 2>&1 || [ -e "$1" ] || packages+=("$2"); }
need redis-server redis-server
need /usr/lib/rabbitmq/bin/rabbitmq-server rabbitmq-server
need /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core
need chromium chromium
need node nodejs
need npm npm

# Without --no-install-recommends docker-compose drags in the whole Docker engine; it is used to validate only.
compose_missing=false
command -v docker-compose >/dev/null 2>&1 || compose_missing=true

if [ ${#packages[@]} -gt 0 ] || $compose_missing; then
  $sudo apt-get update -qq
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing ${packages[*]} ..."
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi
if $compose_missing; then
  echo "Installing docker-compose (validation only) ..."
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi

# kubectl 1.27+ renders the kustomize overlays offline; Debian's kubernetes-client (1.20) cannot read them.
if ! command -v kubectl >/dev/null 2>&1; then
  echo "kubectl 1.27 or newer is missing: install it from https://kubernetes.io/docs/tasks/tools/ (the deployment tests need it)." >&2
fi
