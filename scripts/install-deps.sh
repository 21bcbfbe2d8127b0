#!/bin/sh
# Installs everything exc needs on Debian 12: build tools, generators, libraries,
# and Elixir (only used to regenerate reference outputs).
set -e
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
PKGS="build-essential clang cmake re2c lemon libgc-dev libgmp-dev libutf8proc-dev libdw-dev elixir"
missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
