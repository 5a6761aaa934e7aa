# Vigie — see README.md. Two commands are enough on a fresh clone:
#   make run    crawl the sources of feeds.yaml and serve the API
#   make test   run every test (race detector on)

GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/vigie-news/vigie/config.Version=$(VERSION)
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: run demo test lint bench bench-scale build score fuzz screenshots web-assets

run: ## crawl feeds.yaml every interval and serve the API on 127.0.0.1:8080, data in ./data
	$(GO) run -ldflags "$(LDFLAGS)" ./cmd/vigie serve -config feeds.yaml -data data

demo: ## offline: crawl the bundled corpus through an in-process proxy, serve the API
	$(GO) run -ldflags "$(LDFLAGS)" ./cmd/vigie demo -corpus testdata/corpus

test: ## cmd/vigie's end-to-end tests crawl the corpus several times under the race detector: more than go test's default 10 minutes on a busy 2-core machine
	$(GO) test -race -count=1 -timeout 30m ./...

lint:
	$(GO) vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) run $(STATICCHECK) ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(MAKE) bench-scale

# The README's "Scaling" figures (BENCH.md): BENCH_N synthetic articles in
# five languages, their index and an FTS5 peer, each search's p50 and p99
# next to the peer's and the goal. BENCH_N=100000 takes minutes.
BENCH_N   ?= 10000
BENCH_DIR ?= $(CURDIR)/bench-data
bench-scale:
	$(GO) build -o $(BENCH_DIR)/vigie-bench ./cmd/vigie-bench
	rm -rf $(BENCH_DIR)/$(BENCH_N)
	$(BENCH_DIR)/vigie-bench gen -n $(BENCH_N) -data $(BENCH_DIR)/$(BENCH_N)
	$(BENCH_DIR)/vigie-bench index -data $(BENCH_DIR)/$(BENCH_N)
	$(BENCH_DIR)/vigie-bench fts -data $(BENCH_DIR)/$(BENCH_N)
	$(BENCH_DIR)/vigie-bench run -data $(BENCH_DIR)/$(BENCH_N)

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/vigie ./cmd/vigie

# Fuzz targets of the paths hostile bytes take (feeds, sitemaps, listings,
# charsets, compressed bodies, URL hosts, extraction, page trimming), FUZZTIME each.
# Crashers land in the package's testdata/fuzz/ and run with every go test.
FUZZTIME ?= 20s
FUZZ_TARGETS := ./crawler:FuzzFeed ./crawler:FuzzSitemap ./crawler:FuzzListing \
	./crawler:FuzzDecodeHTML ./crawler:FuzzDecodeBody ./crawler:FuzzCheckHost ./extract:FuzzExtract \
	./store/pagetrim:FuzzTrim

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime=$(FUZZTIME) $$pkg; \
	done

screenshots: ## the README's screenshots: the browser tests over the demo corpus, kept in docs/screenshots
	mkdir -p docs/screenshots
	VIGIE_SCREENSHOTS=$(CURDIR)/docs/screenshots $(GO) test -count=1 -run '^TestBrowser$$' ./cmd/vigie

web-assets: ## vendor Leaflet again from the npm registry (integrity checked); commit the result
	$(GO) generate ./web
