import boto3
import pytest
from moto import mock_aws

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


@pytest.fixture
def aws_credentials(monkeypatch):
    """Fake creds so boto3 never falls back to a developer's real profile; moto intercepts every call."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        client = boto3.client("s3")
        client.create_bucket(Bucket="inventory-test-uploads")
        yield client
