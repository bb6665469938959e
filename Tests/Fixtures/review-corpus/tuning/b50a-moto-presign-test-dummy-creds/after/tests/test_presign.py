import os
from urllib.parse import parse_qs, urlparse

import boto3
import pytest
from moto import mock_aws

from app.storage import BUCKET, presign_download


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    # Dummy values so boto3 never picks up a developer's real profile.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def s3():
    with mock_aws():
        client = boto3.client("s3", region_name=os.environ["AWS_DEFAULT_REGION"])
        client.create_bucket(
            Bucket=BUCKET,
            CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
        )
        client.put_object(Bucket=BUCKET, Key="exports/42/report.csv", Body=b"id,total\n1,10\n")
        yield client


def test_presigned_url_expires_and_names_download(s3):
    url = presign_download("exports/42/report.csv", filename="report.csv", expires_in=300)
    parsed = urlparse(url)
    query = parse_qs(parsed.query)

    assert parsed.path.endswith("/exports/42/report.csv")
    assert query["X-Amz-Expires"] == ["300"]
    assert query["response-content-disposition"] == ['attachment; filename="report.csv"']


def test_presign_rejects_keys_outside_exports(s3):
    with pytest.raises(ValueError):
        presign_download("../secrets/config.json", filename="config.json")
