#!/usr/bin/env bash
# The downloadable begroot on a bare machine: a minimal Debian root made with debootstrap
# (bookworm, --variant=minbase: the C library, the shell and coreutils; no Swift, no cmark, no
# compiler, no build tree), entered with chroot and an empty environment. There the packed binary,
# alone in a fresh folder, starts a new site and builds it, and builds the sample portal byte for
# byte as `make site` does. Needs root (debootstrap, chroot); `make test-dist` runs it after `make dist`.
set -euo pipefail
cd "$(dirname "$0")/../.."

tarball=$(ls dist/begroot-*-linux-"$(uname -m)".tar.gz | tail -1)
root=build/bare-root
epoch=$(date +%s)

fail() { echo "test-dist: FAIL: $*" >&2; exit 1; }

# The bare machine, made once and kept in build/ (about 20 seconds, 200 MB).
if [ ! -f "$root/.complete" ]; then
  command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
  rm -rf "$root"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian > build/debootstrap.log 2>&1 \
    || { tail -20 build/debootstrap.log; fail "debootstrap could not make the bare machine"; }
  touch "$root/.complete"
fi
# What the bare machine must not have.
if find "$root" -name 'libswift*' -o -name 'libcmark*' -o -name 'libFoundation*' -o -name swift -o -name swiftc | grep -q .; then
  fail "the bare machine has Swift or cmark in it"
fi

# A fresh folder in it with nothing but the download, checked against its checksum as a volunteer would.
home="$root/home/volunteer"
rm -rf "$home" && mkdir -p "$home"
cp "$tarball" "$tarball.sha256" "$home/"
(cd "$home" && sha256sum --check --quiet "$(basename "$tarball").sha256") || fail "the checksum file does not match the download"
tar -xzf "$tarball" -C "$home"
folder=$(basename "$tarball" .tar.gz)
for file in begroot README.md LICENSE THIRD-PARTY-NOTICES.md docs/publishing.md docs/install.md; do
  [ -e "$home/$folder/$file" ] || fail "the download lacks $file"
done
mv "$home/$folder/begroot" "$home/begroot"
rm -rf "$home/$folder" "$home/$(basename "$tarball")" "$home/$(basename "$tarball").sha256"
mkdir -p "$home/sample" && cp -R content themes "$home/sample/"

# In the bare machine: no environment, no library path; /proc as on every Linux (the Swift runtime
# reads the command line from it when statically linked: without it begroot sees no arguments).
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
bare() { chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/volunteer SOURCE_DATE_EPOCH="$epoch" /bin/sh -c "cd /home/volunteer && $1"; }

libraries=$(bare "ldd ./begroot")
echo "$libraries"
if echo "$libraries" | grep -Ei 'swift|cmark|foundation|icu|mimalloc|not found'; then fail "ldd lists a library the binary should carry"; fi
bare "./begroot --version" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{12}\)$' || fail "--version does not name the version and commit"
bare "./begroot new site x && ./begroot new buurt dijkbuurt --source x && ./begroot build --source x" > build/bare-new.log 2>&1 \
  || { cat build/bare-new.log; fail "a new site does not build on the bare machine"; }
[ -f "$home/x/public/index.html" ] && [ -f "$home/x/public/dijkbuurt/index.html" ] || fail "the new site's pages are missing"
[ -f "$home/x/.github/workflows/publish.yml" ] || fail "new site wrote no publishing workflow"
# The workflow against GitHub's workflow schema (SchemaStore's, as check-jsonschema ships it); a
# copy with a mistake must fail it, so the check can fail.
. Tests/python-venv.sh
python_venv build/dist-venv Tests/Dist/requirements.txt
build/dist-venv/bin/check-jsonschema --builtin-schema vendor.github-workflows "$home/x/.github/workflows/publish.yml" \
  || fail "the publishing workflow is not a valid GitHub workflow"
sed 's/runs-on:/runs-onn:/' "$home/x/.github/workflows/publish.yml" > build/broken-workflow.yml
if build/dist-venv/bin/check-jsonschema --builtin-schema vendor.github-workflows build/broken-workflow.yml > /dev/null 2>&1; then
  fail "the workflow check passes a broken workflow"
fi

# The sample portal, by the packed binary there and by `make site` here: the same bytes.
bare "./begroot build --source sample" > build/bare-sample.log 2>&1 || { cat build/bare-sample.log; fail "the sample portal does not build"; }
SOURCE_DATE_EPOCH="$epoch" make --no-print-directory site > build/bare-make-site.log 2>&1 || { cat build/bare-make-site.log; fail "make site failed"; }
diff -r public "$home/sample/public" > build/bare-diff.log || { head -40 build/bare-diff.log; fail "the packed binary's portal differs from make site's"; }
pages=$(find public -name '*.html' | wc -l)
rm -rf "$home"
echo "test-dist: ok — on a bare Debian root (debootstrap minbase, chroot, empty environment) the download's binary needs only: $(echo "$libraries" | awk '{print $1}' | tr '\n' ' ')"
echo "test-dist: ok — a new site builds there, and the sample portal's $pages pages are byte-identical to make site's"
