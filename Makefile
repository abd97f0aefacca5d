# begroot: `make site` builds the sample portal into public/, `make test` runs the tests.
# Both install what they need on a fresh Debian machine (libcmark-dev, libmimalloc-dev through apt).

SWIFT ?= swift
BEGROOT = .build/debug/begroot

.PHONY: site test test-browser test-attack test-formats dist test-dist bench bench-smoke bench-deps fuzz fuzz-smoke fuzz-build deps theme check-theme clean

SIZE ?= city
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
FUZZ_SANITIZERS ?= fuzzer,address
comma := ,

## Build the sample portal (content/ with themes/default/) into public/.
site: deps
	$(SWIFT) build --product begroot
	$(BEGROOT) build

## Run every test: unit, golden, diagnostics and end-to-end tests of the real binary.
test: deps check-theme
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Check the sample portal in headless Chromium: axe-core (WCAG 2.2 AA), no request to another host,
## keyboard, screenshots (build/screenshots/), the Nu HTML Checker, LinkChecker, file://; then make
## sure the same checks catch a deliberately broken site; then the preview's error overlay (serve, a
## mistake saved, axe, focus, Escape, the fix). Installs what it needs (apt + a venv).
test-browser: deps
	Tests/Browser/setup.sh
	$(SWIFT) build --product begroot
	rm -rf build/browser && mkdir -p build/browser
	$(BEGROOT) build --output build/browser/site
	$(BEGROOT) build --source Tests/Fixtures/browser/broken-site --output build/browser/broken-site
	build/browser-venv/bin/python Tests/Browser/browser_check.py build/browser/site --screenshots build/screenshots
	build/browser-venv/bin/python Tests/Browser/browser_check.py build/browser/broken-site --expect image-alt,third-party,overflow,first-screen --skip-validator
	cd Tests/Browser && ../../build/browser-venv/bin/python overlay_check.py --begroot ../../$(BEGROOT) --site ../Fixtures/sites/small --screenshots ../../build/screenshots

## The open data through the formats' own checkers: every Pabulib file of the sample portal and of
## the small test site through pabulib-checker (no error) and pabutools; every Atom feed, with and
## without a baseURL, through feedparser with ids checked as URIs; the dates, amounts, percentages
## and numbers of the sample portal in eight languages against CLDR through Babel (all from PyPI in a venv).
test-formats: deps
	Tests/Formats/setup.sh
	$(SWIFT) build --product begroot
	rm -rf build/formats && mkdir -p build/formats
	$(BEGROOT) build --output build/formats/sample
	$(BEGROOT) build --source Tests/Fixtures/sites/small --output build/formats/small
	$(BEGROOT) build --source Tests/Fixtures/sites/small --base-url https://buurt.example.org/ --output build/formats/small-with-address
	build/formats-venv/bin/python Tests/Formats/pabulib_check.py build/formats/sample build/formats/small
	build/formats-venv/bin/python Tests/Formats/feed_check.py build/formats/sample build/formats/small build/formats/small-with-address
	build/formats-venv/bin/python Tests/Formats/cldr_check.py $(BEGROOT) .

## The download: dist/begroot-<version>-linux-<arch>.tar.gz, a release binary carrying its own Swift
## runtime and cmark, with README, docs/, the licences and a SHA-256 file beside it (docs/install.md).
dist: deps
	SWIFT=$(SWIFT) Scripts/dist.sh

## The download on a bare machine (a debootstrap minimal Debian root, chroot, empty environment):
## `new site` and `build` work there, ldd lists no Swift or cmark library, and the sample portal it
## builds is byte-identical to `make site`'s; the publishing workflow passes actionlint. Needs root.
test-dist: dist
	Tests/Dist/bare_machine.sh

## Hostile content through every field that reaches the output (markup, template code, control
## characters, spreadsheet formulas, javascript: URLs, raw HTML, baseURL), each in a small site built
## by the real binary; the pages, feeds and open data are parsed (html5lib, lxml) and checked.
test-attack: deps
	Tests/Security/setup.sh
	$(SWIFT) build --product begroot
	build/security-venv/bin/python Tests/Security/attack_corpus.py --binary $(BEGROOT)

## begroot against Hugo on a synthetic city portal (SIZE=small|city|large): median wall time, CPU
## time, peak memory and pages per second of both, and the ratios. See Benchmarks/README.md.
bench: deps bench-deps
	$(SWIFT) build -c release --product begroot
	python3 Benchmarks/run.py --size $(SIZE)

## CI's smoke test of the benchmark: the small corpus once with each generator, same page count.
bench-smoke: deps bench-deps
	$(SWIFT) build -c release --product begroot
	python3 Benchmarks/run.py --size small --smoke

bench-deps:
	@command -v hugo >/dev/null || { \
	  echo "Installing hugo (the generator begroot is measured against)..."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends hugo; }

## Fuzz the content parsers with libFuzzer (Linux): front matter, YAML, buurt.yaml, votes.yaml,
## videos.yaml, captions, site.yaml, spending.csv and the value parsers, each for FUZZ_SECONDS (60)
## (FUZZ_TARGETS="csv yaml" picks some). Crashes go to build/fuzz/<target>/; see Fuzz/README.md.
fuzz: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

## CI's fuzzing: every target for 20 seconds, under five minutes with the build.
fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=20

## Build the fuzz package (Fuzz/, apart from the main package) with FUZZ_SANITIZERS (fuzzer,address).
## The -Xswiftc repeats them in one flag: swiftc keeps only the last -sanitize= that SwiftPM passes.
fuzz-build:
	$(SWIFT) build --package-path Fuzz -c release $(patsubst %,--sanitize=%,$(subst $(comma), ,$(FUZZ_SANITIZERS))) \
	  -Xswiftc -sanitize=$(FUZZ_SANITIZERS) -Xswiftc -parse-as-library -Xswiftc -enable-testing

## Install the C libraries begroot links when they are missing: cmark (Markdown) when pkg-config
## cannot find it, mimalloc (the memory allocator, Linux) when its library is not installed.
deps:
	@pkg-config --exists libcmark || { \
	  echo "Installing libcmark-dev (the Markdown library begroot uses)..."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libcmark-dev pkg-config; }
	@[ "$$(uname)" != Linux ] || ls /usr/lib/libmimalloc.so /usr/lib/*/libmimalloc.so 2>/dev/null | grep -q . || { \
	  echo "Installing libmimalloc-dev (the memory allocator begroot uses)..."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libmimalloc-dev; }

## Regenerate the built-in theme compiled into the binary after editing themes/default/.
theme:
	python3 Scripts/embed-theme.py

## Fail when themes/default/ and the compiled-in copy differ.
check-theme:
	@python3 Scripts/embed-theme.py --check

clean:
	rm -rf .build public Fuzz/.build build/fuzz
