# kg: the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
SHARED ?= ../shared
RELEASE_BIN := .build/release
# `make run TRAITS=PostgreSQL` builds kg with the PostgreSQL store; the default leaves it out.
TRAITS ?=
TRAIT_FLAGS := $(if $(TRAITS),--traits $(TRAITS),)

.PHONY: deps build run test eval bench clean

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

eval: build
	@bash scripts/eval.sh "$(SHARED)" "$(RELEASE_BIN)/kg"

bench: deps
	@bash scripts/postgres.sh install
	$(SWIFT) build -c release --product kg --traits PostgreSQL
	$(SWIFT) build -c release --product kgbench --traits PostgreSQL
	@bash scripts/postgres.sh run bash scripts/bench.sh "$(SHARED)" "$(RELEASE_BIN)"

clean:
	rm -rf .build Output/graph.* Output/kg.sqlite* Output/report.html
