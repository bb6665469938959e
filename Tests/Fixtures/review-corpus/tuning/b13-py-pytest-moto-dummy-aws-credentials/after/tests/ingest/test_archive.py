import os

import boto3
import pytest
from moto import mock_aws

from ingest.archive import ArchiveWriter

BUCKET = "ingest-archive-test"


@pytest.fixture(autouse=True)
def aws_credentials(monkeypatch):
    """Dummy credentials so boto3 never picks up a developer's real profile."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SECURITY_TOKEN", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def s3():
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-1")
        client.create_bucket(
            Bucket=BUCKET,
            CreateBucketConfiguration={"LocationConstraint": "eu-west-1"},
        )
        yield client


def test_write_batch_uses_date_partitioned_key(s3):
    writer = ArchiveWriter(bucket=BUCKET, client=s3)

    key = writer.write_batch([{"id": 1}, {"id": 2}], day="2026-11-30")

    assert key.startswith("dt=2026-11-30/")
    body = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
    assert body.count(b"\n") == 2


def test_empty_batch_writes_nothing(s3):
    writer = ArchiveWriter(bucket=BUCKET, client=s3)

    assert writer.write_batch([], day="2026-11-30") is None
    assert s3.list_objects_v2(Bucket=BUCKET).get("KeyCount") == 0