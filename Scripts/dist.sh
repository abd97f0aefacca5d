#!/usr/bin/env bash
# `make dist`: the one file a volunteer downloads. A release binary that carries its own Swift
# runtime and Foundation (--static-swift-stdlib) and cmark (linked from Debian's libcmark.a), using
# the C library's allocator; with the README, docs/, the licence and the third-party notices, packed
# as dist/begroot-<version>-linux-<arch>.tar.gz with a SHA-256 checksum file beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
BUILD=.build-dist
ARCH=$(uname -m)

# cmark statically: a pkg-config file of our own whose library folder holds only libcmark.a, so
# that `-lcmark` finds the archive (SwiftPM reads the CCmark module's libcmark.pc on PKG_CONFIG_PATH).
static="$PWD/$BUILD/static-libs"
mkdir -p "$static"
ln -sf "$(pkg-config --variable=libdir libcmark)/libcmark.a" "$static/libcmark.a"
sed "s|^libdir=.*|libdir=$static|" "$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc" > "$static/libcmark.pc"
export PKG_CONFIG_PATH="$static${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"

# Debian has no static mimalloc: the download uses glibc's allocator (docs/install.md says what that costs).
BEGROOT_SYSTEM_ALLOCATOR=1 "$SWIFT" build -c release --product begroot --build-path "$BUILD" \
  --static-swift-stdlib
binary="$BUILD/release/begroot"

# Only the C library's own parts (libc, libm, the loader, …) and the C++ runtime every Debian has.
if ldd "$binary" | grep -Ei 'swift|cmark|mimalloc|Foundation|icu|not found'; then
  echo "dist: the binary still needs a library it should carry (above)" >&2
  exit 1
fi

# The licences of everything the binary carries: the Swift runtime and Foundation, cmark, and every
# package of the build (some are only needed to build, none is left out).
notices() {
  {
    echo "# Third-party notices"
    echo
    echo "The begroot binary carries code of the projects below, each under its own licence."
    echo
    echo "## Swift standard library, Foundation, Dispatch (the Swift toolchain)"
    echo
    echo '```'
    cat "$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")/share/swift/LICENSE.txt"
    echo '```'
    echo
    echo "Foundation's internationalisation carries ICU (swift-foundation-icu), under the Unicode"
    echo "License v3 (https://www.unicode.org/license.txt)."
    echo
    echo "## cmark $(pkg-config --modversion libcmark)"
    echo
    echo '```'
    cat /usr/share/doc/libcmark*/copyright | head -c 200000
    echo '```'
    for checkout in "$BUILD"/checkouts/*; do
      echo
      echo "## $(basename "$checkout")"
      for file in "$checkout"/LICENSE* "$checkout"/NOTICE*; do
        [ -f "$file" ] || continue
        echo
        echo '```'
        cat "$file"
        echo '```'
      done
    done
  } > "$1"
}

version=$("$binary" --version | cut -d' ' -f1)
name="begroot-$version-linux-$ARCH"
stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz" "dist/$name.tar.gz.sha256"
mkdir -p "$stage"
cp "$binary" "$stage/begroot"
strip "$stage/begroot"
cp README.md LICENSE "$stage/"
notices "$stage/THIRD-PARTY-NOTICES.md"
cp -R docs "$stage/docs"
# The same bytes for the same commit: sorted names, one owner, the commit's date, gzip without a time.
stamp=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" -C dist -cf - "$name" | gzip -n -9 > "dist/$name.tar.gz"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
rm -rf "$stage"
echo "dist: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1)), checksum in dist/$name.tar.gz.sha256"
