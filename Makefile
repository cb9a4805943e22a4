# Taster: two commands for a fresh Debian machine.
#   make run   - install what is missing, build, and start taster on the bundled lessons
#   make test  - install what is missing, build, and run every test
# Others: make lint, make bench, make fuzz, make test-sanitizers, make install PREFIX=/usr/local

SWIFT ?= swift
PREFIX ?= /usr/local
CONFIG ?= debug
BIN = .build/$(CONFIG)/taster
APT_PACKAGES = libedit-dev libsqlite3-dev pkg-config tmux sqlite3
# The schema agreement test checks lessons with a real JSON Schema validator, in Python.
PYTHON_MODULES = yaml:python3-yaml jsonschema:python3-jsonschema

.PHONY: run test build release lint lesson-tests bench install deps clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	for m in $(PYTHON_MODULES); do python3 -c "import $${m%%:*}" >/dev/null 2>&1 || missing="$$missing $${m#*:}"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

run: build
	$(BIN)

test: deps
	$(SWIFT) build
	.build/debug/taster lint lessons
	scripts/schema-check lessons/*.yaml
	.build/debug/taster test lessons
	$(SWIFT) test

lint: build
	$(BIN) lint lessons

bench: deps
	@dpkg -s time >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time)
	$(SWIFT) build -c release
	.build/release/taster-bench

install: deps
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/taster
	install -m 755 .build/release/taster $(DESTDIR)$(PREFIX)/bin/taster
	rm -rf $(DESTDIR)$(PREFIX)/share/taster/lessons
	cp -R lessons $(DESTDIR)$(PREFIX)/share/taster/lessons

clean:
	rm -rf .build

include make/fuzz.mk
