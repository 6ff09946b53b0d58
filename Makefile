# kg: the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
SHARED ?= ../shared
RELEASE_BIN := .build/release
# `make run TRAITS=PostgreSQL` builds kg with the PostgreSQL store; the default leaves it out.
TRAITS ?=
TRAIT_FLAGS := $(if $(TRAITS),--traits $(TRAITS),)

FUZZ_SECONDS ?= 300
FUZZ_BUILD := .build/fuzz
# libFuzzer's coverage and AddressSanitizer over kg's own code; -parse-as-library because
# libFuzzer, not the target, has `main`. A build of its own (scratch path), so the
# normal build in .build/debug and .build/release is never rebuilt with these flags.
FUZZ_FLAGS := -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

.PHONY: deps build run test eval bench clean fuzz fuzz-build

# Install what is missing from a fresh Debian machine (root): the Graphviz and libxml2 C libraries.
deps:
	@pkg-config --exists libgvc libxml-2.0 || { apt-get update -qq && apt-get install -y -qq libgraphviz-dev libxml2-dev; }

build: deps
	$(SWIFT) build -c release --product kg $(TRAIT_FLAGS)

run: build
	$(RELEASE_BIN)/kg build examples/

# Tests build kg with PostgreSQL and run against a throwaway server (scripts/postgres.sh).
test: deps
	@bash scripts/postgres.sh install
	$(SWIFT) build --build-tests --traits PostgreSQL
	@bash scripts/browser-check.sh .build/debug/kg
	bash scripts/linked-data-check.sh .build/debug/kg
	bash scripts/postgres.sh run $(SWIFT) test --skip-build --disable-swift-testing --traits PostgreSQL
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=60

eval: build
	@bash scripts/eval.sh "$(SHARED)" "$(RELEASE_BIN)/kg"

bench: deps
	@bash scripts/postgres.sh install
	$(SWIFT) build -c release --product kg --traits PostgreSQL
	$(SWIFT) build -c release --product kgbench --traits PostgreSQL
	@bash scripts/postgres.sh run bash scripts/bench.sh "$(SHARED)" "$(RELEASE_BIN)"

# The fuzz target (Fuzz/, a package of its own that the default build never compiles).
fuzz-build: deps
	@test -f Fuzz/Package.resolved || ! test -f Package.resolved || cp Package.resolved Fuzz/Package.resolved
	$(SWIFT) build --package-path Fuzz --scratch-path $(FUZZ_BUILD) $(FUZZ_FLAGS) --product KGFuzz

# Fuzz loading, extraction and every writer for FUZZ_SECONDS (default 300); a crash or a
# broken invariant stops it with status 1 and leaves the input in .build/fuzz/artifacts/.
fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/artifacts
	@echo "fuzzing for $(FUZZ_SECONDS) s; the whole log goes to $(FUZZ_BUILD)/fuzz.log"
	@ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/release/KGFuzz $(FUZZ_BUILD)/corpus Fuzz/Corpus \
		-max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=20 -rss_limit_mb=3072 -detect_leaks=0 \
		-artifact_prefix=$(FUZZ_BUILD)/artifacts/ -print_final_stats=1 > $(FUZZ_BUILD)/fuzz.log 2>&1; \
		status=$$?; tail -n 40 $(FUZZ_BUILD)/fuzz.log; exit $$status

clean:
	rm -rf .build Output/graph.* Output/kg.sqlite* Output/report.html
