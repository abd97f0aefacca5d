#!/usr/bin/env bash
# Installs what `make test-attack` needs on a fresh Debian machine: python3-venv through apt, and
# html5lib (the browser's HTML parser) and lxml (a strict XML parser) in a venv.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=build/security-venv

if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "Installing python3-venv ..."
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends python3-venv
fi

if [ ! -x "$venv/bin/python" ] || ! cmp -s Tests/Security/requirements.txt "$venv/requirements.txt"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r Tests/Security/requirements.txt
  cp Tests/Security/requirements.txt "$venv/requirements.txt"
fi
