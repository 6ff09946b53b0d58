# kg: the two commands of the README are `make run` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
SHARED ?= ../shared
RELEASE_BIN := .build/release

.PHONY: deps build run test eval bench clean

# Install what is missing from a fresh Debian machine (root): the Graphviz and libxml2 C libraries.
deps:
	@pkg-config --exists libgvc libxml-2.0 || { apt-get update -qq && apt-get install -y -qq libgraphviz-dev libxml2-dev; }

build: deps
	$(SWIFT) build -c release --product kg

run: build
	$(RELEASE_BIN)/kg build examples/

test: deps
	$(SWIFT) build --build-tests
	@bash scripts/browser-check.sh .build/debug/kg
	bash scripts/linked-data-check.sh .build/debug/kg
	$(SWIFT) test --skip-build --disable-swift-testing

eval: build
	@bash scripts/eval.sh "$(SHARED)" "$(RELEASE_BIN)/kg"

bench: deps
	$(SWIFT) build -c release --product kg
	$(SWIFT) build -c release --product kgbench
	@bash scripts/bench.sh "$(SHARED)" "$(RELEASE_BIN)"

clean:
	rm -rf .build Output/graph.* Output/kg.sqlite* Output/report.html
