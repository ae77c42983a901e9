#!/bin/sh
# Installs the runtimes that test/runtimes/ runs the built package under (the npm `pretest` hook):
# Node 22, Node 24, Bun and Deno, each from its npm package, into .runtimes/<name>/ (git-ignored).
# Never as devDependencies: the `node` package's bin would shadow the system node in npm scripts.
# Already-installed pinned versions are kept, so a second run costs nothing.
set -u
cd "$(dirname "$0")/.." || exit 1
root=.runtimes

# name package version: installs one runtime into $root/name, unless that version is there.
install_runtime() {
  dir="$root/$1"
  [ "$(cat "$dir/.installed" 2>/dev/null)" = "$2@$3" ] && return 0
  rm -rf "$dir" && mkdir -p "$dir" || return 1
  # The packages put their binary in place with an install script, which npm 11 runs only when
  # allowScripts lists the package.
  printf '{ "private": true, "dependencies": { "%s": "%s" }, "allowScripts": { "%s": true } }\n' \
    "$2" "$3" "$2" >"$dir/package.json"
  if ! npm install --prefix "$dir" --no-audit --no-fund --loglevel=error >"$dir/install.log" 2>&1; then
    echo "ensure-runtimes: npm could not install $2@$3 into $dir:" >&2
    cat "$dir/install.log" >&2
    return 1
  fi
  echo "$2@$3" >"$dir/.installed"
}

pids=""
install_runtime node22 node 22.23.3 & pids="$pids $!"
install_runtime node24 node 24.21.0 & pids="$pids $!"
install_runtime bun bun 1.4.5 & pids="$pids $!"
install_runtime deno deno 2.9.6 & pids="$pids $!"
failed=0
for pid in $pids; do wait "$pid" || failed=1; done
if [ "$failed" -ne 0 ]; then
  echo "ensure-runtimes: some runtimes are missing; test/runtimes/ will fail until they install" >&2
  exit 1
fi
