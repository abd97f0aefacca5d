# begroot: `make site` builds the sample portal into public/, `make test` runs the tests.
# Both install what they need on a fresh Debian machine (libcmark-dev, libmimalloc-dev through apt).

SWIFT ?= swift
BEGROOT = .build/debug/begroot

.PHONY: site test test-browser bench bench-smoke bench-deps deps theme check-theme clean

SIZE ?= city

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
## sure the same checks catch a deliberately broken site. Installs what it needs (apt + a venv).
test-browser: deps
	Tests/Browser/setup.sh
	$(SWIFT) build --product begroot
	rm -rf build/browser && mkdir -p build/browser
	$(BEGROOT) build --output build/browser/site
	$(BEGROOT) build --source Tests/Fixtures/browser/broken-site --output build/browser/broken-site
	build/browser-venv/bin/python Tests/Browser/browser_check.py build/browser/site --screenshots build/screenshots
	build/browser-venv/bin/python Tests/Browser/browser_check.py build/browser/broken-site --expect image-alt,third-party --skip-validator

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
	rm -rf .build public
