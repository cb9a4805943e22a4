# Fuzzing and sanitizer runs, included from the Makefile.
#   make fuzz              - build the libFuzzer targets in Fuzz/ and run each for FUZZ_SECONDS
#                            (default 60); inputs that break a property are kept as regression
#                            tests in Tests/Fixtures/fuzz-regressions/<target>/
#   make fuzz-build        - only build the fuzz targets
#   make test-sanitizers   - every test under AddressSanitizer, and the store's tests under
#                            ThreadSanitizer, each in its own build folder

FUZZ_SECONDS ?= 60
# A single input taking longer than this many seconds counts as a hang.
FUZZ_TIMEOUT ?= 10
FUZZ_TARGETS = lesson-loader answer-checker
FUZZ_WORK = .build-fuzz
FUZZ_BIN = $(FUZZ_WORK)/build/release
FUZZ_REGRESSIONS = Tests/Fixtures/fuzz-regressions
# Coverage and address checks for the Swift code, and no `main` of our own: libFuzzer brings it.
# libyaml is Debian's library, built without coverage, so the fuzzer steers by taster's own code.
FUZZ_BUILD_FLAGS = -c release --sanitize=address -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library \
	-Xcc -fsanitize=fuzzer-no-link
# Lines that lead the answer checker fuzzer down each kind of step (the first byte picks the step),
# and pairs `typed|expected` for the typo distance check.
FUZZ_CHECKER_LINES = '' '1' 'b' '1 3' 'a and c' 'lock the screen' 'padlock' 'padlok' 'key' \
	'£1,234.50' '50p' '19.9%' '-3' '12,50' 'www.example.org/help' 'Café £5 – “ok”' '3 1 2' \
	'3 then 1 then 2' 'kettle meadow lantern violin' 'password' 'zq zq zq zq' \
	'kettle|ketle' 'padlock|padlokc' 'meadow|medaow'
# As many as FuzzProperties.checkerSteps has.
FUZZ_CHECKER_STEPS = 15

.PHONY: fuzz fuzz-build fuzz-seeds test-sanitizers test-asan test-tsan

fuzz-build: deps
	$(SWIFT) build --package-path Fuzz --scratch-path $(FUZZ_WORK)/build $(FUZZ_BUILD_FLAGS)

# Seeds are made afresh from the lessons and the kept regressions on every run; the corpus the
# fuzzers grow stays in $(FUZZ_WORK)/corpus between runs.
fuzz-seeds:
	@rm -rf $(FUZZ_WORK)/seeds
	@mkdir -p $(FUZZ_WORK)/seeds/lesson-loader $(FUZZ_WORK)/seeds/answer-checker
	@cp lessons/*.yaml Tests/Fixtures/lessons/*.yaml $(FUZZ_WORK)/seeds/lesson-loader/
	@step=0; while [ $$step -lt $(FUZZ_CHECKER_STEPS) ]; do \
		line=0; for text in $(FUZZ_CHECKER_LINES); do \
			printf "\\$$(printf '%03o' $$step)%s" "$$text" > $(FUZZ_WORK)/seeds/answer-checker/step$$step-line$$line; \
			line=$$((line + 1)); \
		done; \
		step=$$((step + 1)); \
	done
	@for target in $(FUZZ_TARGETS); do \
		if [ -d $(FUZZ_REGRESSIONS)/$$target ]; then cp $(FUZZ_REGRESSIONS)/$$target/* $(FUZZ_WORK)/seeds/$$target/ 2>/dev/null || true; fi; \
	done

# One fuzzer at a time, so that the machine stays usable. A target that fails stops early; the
# others still run, and the command fails at the end.
fuzz: fuzz-build fuzz-seeds
	@status=0; for target in $(FUZZ_TARGETS); do \
		corpus=$(FUZZ_WORK)/corpus/$$target; found=$(FUZZ_WORK)/found/$$target; log=$(FUZZ_WORK)/$$target.log; \
		mkdir -p $$corpus $$found; \
		echo "Fuzzing $$target for $(FUZZ_SECONDS) s (log: $$log)"; \
		$(FUZZ_BIN)/$$target-fuzzer -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
			-print_final_stats=1 -artifact_prefix=$$found/ $$corpus $(FUZZ_WORK)/seeds/$$target > $$log 2>&1 \
			|| status=1; \
		grep -E 'DONE|stat::number_of_executed_units|stat::average_exec_per_sec|ERROR|SUMMARY' $$log || true; \
		for input in $$found/*; do \
			[ -f "$$input" ] || continue; \
			mkdir -p $(FUZZ_REGRESSIONS)/$$target; \
			cp "$$input" $(FUZZ_REGRESSIONS)/$$target/ && rm "$$input"; \
			echo "Kept $(FUZZ_REGRESSIONS)/$$target/$$(basename $$input): fix the code, then commit it as a test"; \
			status=1; \
		done; \
	done; \
	exit $$status

test-sanitizers: test-asan test-tsan

# The end-to-end tests run the ordinary build's taster, so that is built first; taster-stress
# is built with the sanitizer beside the tests, where the store's multi-process tests find it.
# Leaks in the toolchain's own libraries are suppressed, each for a stated reason, in
# make/lsan-suppressions.txt.
test-asan: deps
	$(SWIFT) build --product taster
	$(SWIFT) build --scratch-path .build-asan --sanitize=address --product taster-stress
	LSAN_OPTIONS=suppressions=$(CURDIR)/make/lsan-suppressions.txt \
		$(SWIFT) test --scratch-path .build-asan --sanitize=address

test-tsan: deps
	$(SWIFT) build --scratch-path .build-tsan --sanitize=thread --product taster-stress
	$(SWIFT) test --scratch-path .build-tsan --sanitize=thread --filter TasterStoreTests
