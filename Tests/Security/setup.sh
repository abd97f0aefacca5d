#!/usr/bin/env bash
# Installs what `make test-attack` needs on a fresh Debian machine: python3-venv through apt, and
# html5lib (the browser's HTML parser) and lxml (a strict XML parser) in a venv.
set -euo pipefail
cd "$(dirname "$0")/../.."
. Tests/python-venv.sh
python_venv build/security-venv Tests/Security/requirements.txt
