# Two commands on a fresh machine with Python >= 3.11 and make:
#   make run   – virtualenv, install, translations, migrate, demo data, serve on 127.0.0.1:8000
#   make test  – install test requirements too, then run the whole suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test install install-test translations migrate demo messages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
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

# Regenerate our catalogue from the source (needs GNU gettext); never touches locale/thirdparty.
messages: install
	$(BIN)/python manage.py makemessages --locale gd --ignore ".venv/*" --ignore "var/*" --no-obsolete

clean:
	rm -rf $(VENV) var db.sqlite3
