#!/usr/bin/env bash
# Starts (start DIR) or stops (stop DIR) the one Redis and the one RabbitMQ a test run shares, on free loopback
# ports, with their data in DIR. `start` prints the environment variables the test fixtures read.
# Commands and pitfalls: ../shared/reference/environment.md.
set -euo pipefail
action=$1
dir=$(realpath -m "$2")

free_port() { # a free port p in 20000-29999 whose p+20000 is free too (RabbitMQ's distribution port)
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 10000))
    if ! (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null && ! (echo >"/dev/tcp/127.0.0.1/$((p + 20000))") 2>/dev/null; then
      echo "$p"; return
    fi
  done
  echo "no free port" >&2; exit 1
}

rabbit_env() {
  export RABBITMQ_NODENAME="pteropulse-run$1@localhost" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
    RABBITMQ_NODE_PORT=$1 RABBITMQ_DIST_PORT=$(($1 + 20000)) \
    RABBITMQ_MNESIA_BASE="$dir/rabbit/mnesia" RABBITMQ_LOG_BASE="$dir/rabbit/log" \
    RABBITMQ_PID_FILE="$dir/rabbit/rabbit.pid" RABBITMQ_CONFIG_FILE="$dir/rabbit/rabbitmq" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$dir/rabbit/enabled_plugins" HOME="$dir/rabbit"
}

case "$action" in
  start)
    mkdir -p "$dir/redis" "$dir/rabbit"
    redis_port=$(free_port)
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$dir/redis" --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" >/dev/null
    echo "$redis_port" >"$dir/redis/port"

    rabbit_port=$(free_port)
    echo "$rabbit_port" >"$dir/rabbit/port"
    echo '[].' >"$dir/rabbit/enabled_plugins"
    ( rabbit_env "$rabbit_port"; /usr/lib/rabbitmq/bin/rabbitmq-server -detached >/dev/null 2>&1 )

    for _ in $(seq 1 100); do redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
    # await_startup right after -detached fails: wait for the port first.
    for _ in $(seq 1 120); do (echo >"/dev/tcp/127.0.0.1/$rabbit_port") 2>/dev/null && break; sleep 0.5; done
    ( rabbit_env "$rabbit_port"; /usr/lib/rabbitmq/bin/rabbitmqctl -q await_startup --timeout 60 )
    echo "PTEROPULSE_TEST_REDIS=127.0.0.1:$redis_port"
    echo "PTEROPULSE_TEST_RABBITMQ=127.0.0.1:$rabbit_port"
    ;;
  stop)
    if [ -f "$dir/redis/port" ]; then redis-cli -p "$(cat "$dir/redis/port")" shutdown nosave >/dev/null 2>&1 || true; fi
    if [ -f "$dir/rabbit/rabbit.pid" ]; then
      ( rabbit_env "$(cat "$dir/rabbit/port")"; timeout 60 /usr/lib/rabbitmq/bin/rabbitmqctl -q stop "$dir/rabbit/rabbit.pid" >/dev/null 2>&1 || true )
    fi
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
