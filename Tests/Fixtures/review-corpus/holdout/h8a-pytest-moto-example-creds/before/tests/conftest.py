import os

import pytest

from inventory.app import create_app
from inventory.db import db as _db


@pytest.fixture(scope="session")
def app():
    app = create_app("testing")
    with app.app_context():
        _db.create_all()
        yield app
        _db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(autouse=True)
def _isolate_env(monkeypatch):
    monkeypatch.delenv("INVENTORY_API_TOKEN", raising=False)
    monkeypatch.setenv("INVENTORY_ENV", "testing")
