# Sourced by the test setups: `python_venv VENV REQUIREMENTS` makes sure python3-venv is installed
# (apt) and VENV holds exactly the packages of REQUIREMENTS, made again when that file changes.
python_venv() {
  local venv=$1 requirements=$2
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    echo "Installing python3-venv ..."
    local sudo=sudo
    [ "$(id -u)" = 0 ] && sudo=
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-venv
  fi
  if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$venv/requirements.txt"
  fi
}
