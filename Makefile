# One line a task. PYTHON is the interpreter whose environment aiguard is installed into.
PYTHON ?= python3
CORPUS ?= ../shared/corpus

.PHONY: dev test test-rust test-python bench bench-quick lint score gate gate-quick gate-stability model eval-detectors

dev:          ## editable release build into the current environment, for working on aiguard
	$(PYTHON) -m pip install -q maturin pytest hypothesis
	$(PYTHON) -m maturin develop --release

test:         ## install aiguard with its test extras, then run every Rust and Python test
	$(PYTHON) -m pip install -q '.[test]'
	$(MAKE) test-rust test-python

test-rust:
	cargo test -p aiguard-core

test-python:
	$(PYTHON) -m pytest

bench:        ## full latency/throughput benchmarks and the budget check (needs the bench extras)
	mkdir -p bench-results
	$(PYTHON) -m pytest benches --benchmark-only --benchmark-json=bench-results/latest.json --benchmark-save-data
	$(PYTHON) benches/check_budget.py bench-results/latest.json --summary bench-results/summary.md

bench-quick:  ## fewer rounds, for CI
	mkdir -p bench-results
	AIGUARD_BENCH_QUICK=1 $(PYTHON) -m pytest benches --benchmark-only --benchmark-json=bench-results/latest.json --benchmark-save-data --benchmark-max-time=0.5 --benchmark-min-rounds=200
	$(PYTHON) benches/check_budget.py bench-results/latest.json --summary bench-results/summary.md --ci

lint:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo fmt --all --check

score:        ## detection quality on the development corpus (precision, recall, benign flagged)
	$(PYTHON) $(CORPUS)/score.py --scanner aiguard:scan --name aiguard --out-dir corpus-scores

GATE_ARGS = --gate .ci/gate.toml --out gate-results --history gate-results/history.jsonl --compare gate-results/history.jsonl --plot gate-results/history.svg

gate:         ## the guardrail gate on aiguard itself: quality and latency against .ci/gate.toml (docs/gate.md)
	$(PYTHON) -m aiguard gate $(GATE_ARGS)

gate-quick:   ## the same with fewer timing rounds, as CI runs it
	$(PYTHON) -m aiguard gate $(GATE_ARGS) --quick

gate-stability: ## the gate's 2 KB p95 in three back-to-back runs, and how far apart they are
	$(PYTHON) benches/gate_stability.py

model:        ## regenerate the training data and retrain the default injection model (needs aiguard[train])
	mkdir -p build
	$(PYTHON) tools/gen_injection_data.py -o build/injection-train.jsonl
	$(PYTHON) -m aiguard train build/injection-train.jsonl -o python/aiguard/models/injection.aigm

eval-detectors:  ## the learned detector on the development corpus, and recall per obfuscation type
	$(PYTHON) benches/eval_model.py --data $(CORPUS)/dev.jsonl
	$(PYTHON) benches/eval_evasion.py --data $(CORPUS)/dev.jsonl
