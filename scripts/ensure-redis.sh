#!/bin/sh
# Makes sure `redis-server` is installed for the integration tests that need a real Redis (the
# idempotency store and the BullMQ hand-off; the npm `pretest` hook). Tests start their own
# server on a free port of 127.0.0.1 (test/support/redis.ts); this script only installs it.
set -u

redis="${REDIS_SERVER_PATH:-redis-server}"
command -v "$redis" >/dev/null 2>&1 && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-redis: $redis not found; installing Debian's redis-server package..." >&2
  # Progress goes to /dev/null; apt's errors arrive on stderr and stay visible. The package's
  # own service is never started here: there is no init system, and tests run their own server.
  if ! apt-get update -qq >/dev/null ||
    ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null; then
    echo "ensure-redis: apt-get could not install redis-server (see the errors above)" >&2
    exit 1
  fi
  command -v "$redis" >/dev/null 2>&1 && exit 0
  echo "ensure-redis: redis-server is installed, but not as $redis; set REDIS_SERVER_PATH to its path" >&2
  exit 1
fi

cat >&2 <<MSG
ensure-redis: the Redis and BullMQ tests need redis-server ($redis), which is missing.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y redis-server
  macOS:          brew install redis
  elsewhere:      install Redis 6.2+ and set REDIS_SERVER_PATH=/path/to/redis-server
MSG
exit 1
