# Thin wrapper over CMake with memorable targets. CMake is the source of truth.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all deps python wheel test asan sanitize fuzz fuzz-smoke bench gate example clean

all:
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

deps:
	scripts/install-deps.sh

# The Python module lede._lede in $(BUILD)/python (python/CMakeLists.txt),
# built for the interpreter of the test venv $(BUILD)/venv (pytest).
python: all
	python/setup-venv.sh $(BUILD)
	@cmake -S . -B $(BUILD) -DLEDE_PYTHON=ON -DPython_EXECUTABLE=$(abspath $(BUILD))/venv/bin/python >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The Python distribution lede-extract as users get it: sdist and abi3
# wheel (python -m build), made self-contained (auditwheel repair), then
# installed in fresh venvs and tested there (tests/wheel.sh; ~8 minutes).
wheel: all
	tests/wheel.sh $(BUILD)

# The test command of the README: unit tests, golden cases, parser
# conformance, the Python module.
test: all python
	tests/run_tests.sh $(BUILD)

# Same under AddressSanitizer + UndefinedBehaviorSanitizer.
asan:
	@cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLEDE_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	tests/run_tests.sh build-asan

# Sanitizer mode (what .ci/run runs): the tests under ASan + UBSan, every dev
# page under ASan + UBSan, and every golden case in every format under
# valgrind's memcheck: zero findings, zero leaks, one record per input.
sanitize: all asan
	tests/sanitize_datasets.py --lede build-asan/lede
	tests/sanitize_datasets.py --lede $(BUILD)/lede --valgrind

# libFuzzer targets (clang: scripts/install-deps.sh --dev), built at -O1 with
# ASan + UBSan that stop on the first finding, and their seed corpora from
# the golden cases; run e.g. build-fuzz/fuzz_extract -dict=fuzz/html.dict
# -max_len=65536 build-fuzz/corpus-fuzz_extract. fuzz-smoke: every target
# for FUZZ_SECONDS (default 60) on those corpora (what .ci/run runs), from
# the fixed seed FUZZ_SEED (default 1: CI reruns the same inputs; random
# draws a new one) with a cap on inputs per target (fuzz/smoke.sh).
fuzz:
	@cmake -S . -B build-fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DLEDE_FUZZ=ON >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	fuzz/seeds.sh

FUZZ_SECONDS ?= 60
FUZZ_SEED ?= 1
fuzz-smoke: fuzz
	FUZZ_SEED=$(FUZZ_SEED) fuzz/smoke.sh $(FUZZ_SECONDS)

# Quality and speed on ../shared/data (the dev sets), against the pinned floors.
gate: all
	scripts/quality_gate.py --lede $(BUILD)/lede

# Side-by-side comparison with the peers (installs them into bench/ first;
# cached peer runs are re-scored, lede is re-timed; bench/run.py --fresh
# re-measures everything, ~40 minutes of one core).
bench: all
	bench/setup.sh
	bench/run.py

example: all
	$(BUILD)/lede examples/article.html

clean:
	rm -rf $(BUILD) build-asan build-fuzz
