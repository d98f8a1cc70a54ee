# Two commands on a fresh machine with Python >= 3.11 and make:
#   make run   – virtualenv, install, translations, migrate, demo data, serve on 127.0.0.1:8000
#   make test  – install test requirements too, then run the whole suite
#   make lint  – ruff, and import-linter's contracts on which part may import which
#   make bench – every benchmark at a small size against a local PostgreSQL and Redis
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test lint bench install install-test translations migrate demo messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[bench]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

translations: install
	$(BIN)/python manage.py compiletranslations

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py seed_demo

run: translations demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install-test translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# Small sizes, to show each benchmark runs; the README's "Benchmarks" gives the sizes to measure
# at. Each benchmark drops and recreates the database it is given.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/selfmanagement_bench
BENCH_BROKER_URL ?= redis://127.0.0.1:6379/14
BENCH_CACHE_URL ?= redis://127.0.0.1:6379/13
BENCH_ENV := DATABASE_URL=$(BENCH_DATABASE_URL) CELERY_BROKER_URL=$(BENCH_BROKER_URL)

bench: $(VENV)/.installed-bench translations
	$(BENCH_ENV) $(BIN)/python bench/scheduling_pages.py --enrolments 2000 --repeat 10
	$(BENCH_ENV) $(BIN)/python bench/trainer_pages.py
	$(BENCH_ENV) $(BIN)/python bench/delivery_view.py --repeat 20
	$(BENCH_ENV) $(BIN)/python bench/outcomes_report.py --runs 50 --people 10
	$(BENCH_ENV) $(BIN)/python bench/register_import.py --people 40 --sessions 5
	$(BENCH_ENV) $(BIN)/python bench/exports.py --sizes 2000 --formats csv xlsx
	$(BENCH_ENV) $(BIN)/python bench/certificates.py --renders 10 --issue 10
	$(BENCH_ENV) $(BIN)/python bench/enrol_load.py --people 20 --places 5 --workers 2
	$(BENCH_ENV) $(BIN)/python bench/conn_max_age.py --seconds 2 --clients 2 --workers 2
	$(BENCH_ENV) CACHE_URL=$(BENCH_CACHE_URL) $(BIN)/python bench/pages.py --seconds 2 --no-check
	$(BENCH_ENV) CACHE_URL=$(BENCH_CACHE_URL) $(BIN)/python bench/launch_day.py --people 20 --minutes 0.5
	$(BENCH_ENV) $(BIN)/python bench/gaelic_pages.py --repeat 20
	$(BENCH_ENV) $(BIN)/python bench/letters.py --letters 20
	$(BENCH_ENV) $(BIN)/python bench/demand.py --requests 2000 --repeat 10
	$(BENCH_ENV) $(BIN)/python bench/follow_ups.py --tasks 500 --renders 10
	$(BENCH_ENV) $(BIN)/python bench/directory.py --entries 2000 --repeat 10
	$(BENCH_ENV) $(BIN)/python bench/groups.py --weeks 10 --members 10 --renders 10
	$(BENCH_ENV) $(BIN)/python bench/postcode_lookups.py --postcodes 5000 --waiting 500
	$(BENCH_ENV) $(BIN)/python bench/home.py --runs 200 --renders 10
	$(BENCH_ENV) $(BIN)/python bench/funder_report.py --runs 200 --repeat 5
	$(BENCH_ENV) $(BIN)/python bench/knowledge_checks.py --attempts 1000 --people 250 --repeat 10
	$(BENCH_ENV) $(BIN)/python bench/self_paced_course.py --others 50 --repeat 10

# Regenerate our catalogue from the source (needs GNU gettext); never touches locale/thirdparty.
messages: install
	$(BIN)/python manage.py makemessages --locale gd --ignore ".venv/*" --ignore "var/*" --no-obsolete

clean:
	rm -rf $(VENV) var db.sqlite3
