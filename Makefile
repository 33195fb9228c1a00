# Huiqi (惠企申报助手). The two set-up commands of the README:
#   make run    installs missing build packages (Debian/Ubuntu), builds, opens the app
#   make test   installs what the tests need, runs every test
GO      ?= go
BIN     := build/huiqi
DB      ?=

# Fyne's OpenGL driver needs these to build (cgo); the window check needs an X server.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
              libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := $(BUILD_PKGS) xvfb xauth libgl1-mesa-dri imagemagick poppler-utils sqlite3

.PHONY: run build test vet bench deps-build deps-test clean

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

test: deps-test vet
	$(GO) test ./...
	$(GO) build -o $(BIN) .
	scripts/xvfb-smoke.sh $(BIN) 1280x800
	scripts/xvfb-smoke.sh $(BIN) 1024x640

bench: deps-test build
	$(GO) test -run '^$$' -bench . -benchtime 3x ./model/...
	$(GO) run ./scripts/benchimport -huiqi $(BIN)

clean:
	rm -rf build
