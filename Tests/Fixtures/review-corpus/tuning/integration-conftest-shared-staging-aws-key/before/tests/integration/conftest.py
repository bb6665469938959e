import os

import boto3
import pytest

STAGING_BUCKET = "acme-staging-lake"
os.environ.setdefault("AWS_DEFAULT_REGION", "eu-central-1")


def _has_credentials() -> bool:
    return boto3.Session().get_credentials() is not None


@pytest.fixture(scope="session")
def s3():
    if not _has_credentials():
        pytest.skip("no AWS credentials; run `aws sso login --profile staging` first")
    return boto3.client("s3")


@pytest.fixture(scope="session")
def sample_partition(s3):
    resp = s3.list_objects_v2(Bucket=STAGING_BUCKET, Prefix="events/dt=2024-06-01/", MaxKeys=5)
    keys = [o["Key"] for o in resp.get("Contents", [])]
    if not keys:
        pytest.skip("sample partition missing in staging")
    return keys
