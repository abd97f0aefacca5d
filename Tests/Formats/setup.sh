#!/usr/bin/env bash
# Installs what `make test-formats` needs: python3-venv through apt, and the formats' own checkers
# from PyPI in a venv: pabulib-checker (Pabulib's validator), pabutools (its library, as a
# second reader), feedparser and rfc3986 (for the Atom feeds).
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=build/formats-venv
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "Installing python3-venv ..."
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pabulib, pabutools, feedparser, rfc3986' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pabulib-checker==1.0.8 pabutools feedparser rfc3986
fi
