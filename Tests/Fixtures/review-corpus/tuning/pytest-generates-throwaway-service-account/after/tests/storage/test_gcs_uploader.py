import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from google.oauth2 import service_account

from app.storage.gcs import GcsUploader


@pytest.fixture(scope="session")
def service_account_info():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    ).decode()
    return {
        "type": "service_account",
        "project_id": "test-project",
        "private_key_id": "0" * 40,
        "private_key": pem,
        "client_email": "uploader@test-project.iam.gserviceaccount.com",
        "client_id": "100000000000000000000",
        "token_uri": "https://oauth2.googleapis.com/token",
    }


def test_uploader_uses_service_account_credentials(service_account_info, monkeypatch):
    monkeypatch.setattr("app.storage.gcs.storage.Client", lambda **kwargs: kwargs)
    uploader = GcsUploader.from_info(service_account_info, bucket="invoices-test")
    creds = uploader.client["credentials"]
    assert isinstance(creds, service_account.Credentials)
    assert creds.service_account_email == "uploader@test-project.iam.gserviceaccount.com"
    assert uploader.bucket_name == "invoices-test"


def test_uploader_rejects_missing_key(service_account_info):
    broken = {**service_account_info, "private_key": ""}
    with pytest.raises(ValueError):
        GcsUploader.from_info(broken, bucket="invoices-test")