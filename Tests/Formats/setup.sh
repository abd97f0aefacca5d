#!/usr/bin/env bash
# Installs what `make test-formats` needs: python3-venv through apt, and the formats' own checkers
# from PyPI in a venv (requirements.txt): pabulib-checker (Pabulib's validator), pabutools (its
# library, as a second reader), feedparser and rfc3986 (for the Atom feeds), Babel (CLDR's numbers and dates).
set -euo pipefail
cd "$(dirname "$0")/../.."
. Tests/python-venv.sh
python_venv build/formats-venv Tests/Formats/requirements.txt
