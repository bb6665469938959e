import boto3
import pytest
from moto import mock_aws

from uploads.storage import put_avatar

BUCKET = "acme-avatars-test"


@pytest.fixture(autouse=True)
def aws_credentials(monkeypatch):
    """Fake credentials so boto3 never picks up a developer's real profile."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIATESTINGFAKEKEY00")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")


@pytest.fixture
def s3():
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-1")
        client.create_bucket(
            Bucket=BUCKET,
            CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
        )
        yield client


def test_put_avatar_sets_content_type(s3):
    key = put_avatar(BUCKET, user_id=7, data=b"\x89PNG....", content_type="image/png")
    head = s3.head_object(Bucket=BUCKET, Key=key)
    assert head["ContentType"] == "image/png"
