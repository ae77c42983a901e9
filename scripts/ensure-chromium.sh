#!/bin/sh
# Makes sure the headless Chromium the browser tests drive is installed (the npm `pretest` hook).
# Playwright's own browser download does not work where this project runs; Debian's package does.
set -u

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $chromium not found; installing Debian's chromium package..." >&2
  # Progress goes to /dev/null; apt's errors arrive on stderr and stay visible.
  if ! apt-get update -qq >/dev/null ||
    ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    echo "ensure-chromium: apt-get could not install chromium (see the errors above)" >&2
    exit 1
  fi
  [ -x "$chromium" ] && exit 0
  echo "ensure-chromium: chromium is installed, but not at $chromium; set CHROMIUM_PATH to its path" >&2
  exit 1
fi

cat >&2 <<MSG
ensure-chromium: the browser tests need Chromium at $chromium, which is missing.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser
MSG
exit 1
