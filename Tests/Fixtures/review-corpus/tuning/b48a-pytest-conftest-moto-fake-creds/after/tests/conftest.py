import boto3
import pytest
from moto import mock_aws

from app import create_app


@pytest.fixture(autouse=True)
def aws_credentials(monkeypatch):
    """Fake credentials so nothing under test can reach a real AWS account."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SECURITY_TOKEN", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        client = boto3.client("s3")
        client.create_bucket(Bucket="uploads-test")
        yield client


@pytest.fixture
def app(s3):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key-not-for-production",
            "UPLOAD_BUCKET": "uploads-test",
            "STRIPE_API_KEY": "sk_test_fake_000000000000000000000000",
        }
    )
    yield app


@pytest.fixture
def client(app):
    return app.test_client()
