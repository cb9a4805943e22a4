# Taster: two commands for a fresh Debian machine.
#   make run   - install what is missing, build, and start taster on the bundled lessons
#   make test  - install what is missing, build, and run every test
# Others: make lint, make bench, make fuzz, make test-sanitizers, make install PREFIX=/usr/local

SWIFT ?= swift
PREFIX ?= /usr/local
CONFIG ?= debug
BIN = .build/$(CONFIG)/taster
# C libraries taster links (line editing, SQLite, YAML, passphrase hashing) and pkg-config to find them.
APT_PACKAGES = libedit-dev libsqlite3-dev libyaml-dev libsodium-dev libpq-dev pkg-config
# What `make test` needs besides: a PostgreSQL server, started afresh for each run, the sqlite3
# program some tests use to plant rows as another program would, tmux for the golden screens,
# Chromium and poppler's pdftotext to render the certificate and report on screen and on A4 as a library would, and the
# Python modules (module:Debian package) the schema agreement test checks lessons with.
TEST_APT_PACKAGES = postgresql sqlite3 tmux chromium poppler-utils
TEST_PYTHON_MODULES = yaml:python3-yaml jsonschema:python3-jsonschema
# What `make bench` needs besides: GNU time for peak memory, PyYAML as the lint baseline, and a
# PostgreSQL server (with pgbench) for the service store's rows.
BENCH_APT_PACKAGES = time python3-yaml postgresql
# Root installs directly; anyone else through sudo.
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build release lint lesson-tests bench install deps clean

# Installs whichever of the Debian packages in $(1) are missing, and the Debian package of each
# module:package in $(2) whose Python module python3 cannot import.
define install-missing
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	for m in $(2); do python3 -c "import $${m%%:*}" >/dev/null 2>&1 || missing="$$missing $${m#*:}"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps:
	$(call install-missing,$(APT_PACKAGES))

build: deps
	$(SWIFT) build -c $(CONFIG)

run: build
	$(BIN)

# The tests run beside a throwaway PostgreSQL server that scripts/with-test-postgres starts and
# stops, so the service store's tests run against a real server, never skipped.
test: deps
	$(call install-missing,$(TEST_APT_PACKAGES),$(TEST_PYTHON_MODULES))
	$(SWIFT) build
	.build/debug/taster lint lessons
	scripts/schema-check lessons/*.yaml lessons/*/*.yaml
	.build/debug/taster test lessons
	scripts/with-test-postgres $(SWIFT) test

lint: build
	$(BIN) lint lessons

bench: deps
	$(call install-missing,$(BENCH_APT_PACKAGES))
	$(SWIFT) build -c release
	TASTER_TEST_POSTGRES_FSYNC=on scripts/with-test-postgres .build/release/taster-bench

install: deps
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/taster
	install -m 755 .build/release/taster $(DESTDIR)$(PREFIX)/bin/taster
	rm -rf $(DESTDIR)$(PREFIX)/share/taster/lessons
	cp -R lessons $(DESTDIR)$(PREFIX)/share/taster/lessons

clean:
	rm -rf .build

include make/fuzz.mk
