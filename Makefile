# Huiqi (惠企申报助手). The two set-up commands of the README:
#   make run    installs missing build packages (Debian/Ubuntu), builds, opens the app
#   make test   installs what the tests need, runs every test
GO      ?= go
BIN     := build/huiqi
DB      ?=

# Fyne's OpenGL driver needs these to build (cgo); the window check needs an X server.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
              libxinerama-dev libxi-dev libxxf86vm-dev
# postgresql: the office-database tests run against a throw-away server
# that scripts/pgtest.sh starts on a free local port (issue 13).
TEST_PKGS  := $(BUILD_PKGS) xvfb xauth libgl1-mesa-dri imagemagick poppler-utils sqlite3 postgresql

FYNE_TOOL  := fyne.io/tools/cmd/fyne@v1.7.4
WIN_PKGS   := gcc-mingw-w64-x86-64

.PHONY: run build test vet fuzz bench windows deps-build deps-test clean

run: deps-build build
	$(BIN) $(if $(DB),--db "$(DB)")

build:
	$(GO) build -o $(BIN) .

deps-build:
	@scripts/apt-deps.sh $(BUILD_PKGS)

deps-test:
	@scripts/apt-deps.sh $(TEST_PKGS)

vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

# scripts/pgtest.sh starts PostgreSQL for the tests and says so, or says
# the office-database tests are skipped where it is not installed (in CI
# it must be, and a test that cannot reach it fails).
test: deps-test vet
	scripts/pgtest.sh $(GO) test ./...
	$(MAKE) fuzz
	$(GO) build -o $(BIN) .
	scripts/xvfb-smoke.sh $(BIN) 1280x800
	scripts/xvfb-smoke.sh $(BIN) 1024x640

# Each fuzz target for a bounded time, from its seed corpus of real and
# malformed samples (issue 11): no panic, no hang, every rejection an error.
FUZZTIME ?= 5s
FUZZ_TARGETS := model/scenario:FuzzDecode model/money:FuzzParse model/money:FuzzParseString \
                model/ident:FuzzCheckers model/sheet:FuzzReadCSV model/sheet:FuzzReadXLSX
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$pkg $$fn ($(FUZZTIME))"; \
		$(GO) test ./$$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) || exit 1; \
	done

bench: deps-test build
	$(GO) test -run '^$$' -bench . -benchtime 3x ./model/... ./pdf/ ./cli/ ./ui/
	scripts/pgtest.sh $(GO) run ./scripts/benchimport -huiqi $(BIN)

# The Windows GUI .exe, with icon and version information from FyneApp.toml,
# cross-compiled with MinGW (the first build takes about 7 minutes).
windows:
	@scripts/apt-deps.sh $(WIN_PKGS)
	GOFLAGS= $(GO) install $(FYNE_TOOL)
	cp FyneApp.toml build-FyneApp.toml.orig  # fyne package bumps Build; keep the tracked file as it is
	CGO_ENABLED=1 GOOS=windows CC=x86_64-w64-mingw32-gcc "$$($(GO) env GOPATH)/bin/fyne" package -os windows --release; \
		status=$$?; mv -f build-FyneApp.toml.orig FyneApp.toml; exit $$status
	mkdir -p build && mv -f 惠企申报助手.exe build/
	@echo "built build/惠企申报助手.exe"

clean:
	rm -rf build
