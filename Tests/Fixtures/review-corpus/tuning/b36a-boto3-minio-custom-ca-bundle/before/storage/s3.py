"""Thin wrapper around the S3 API used for document storage.

Production talks to AWS S3; on-prem installs point S3_ENDPOINT_URL at their own
MinIO cluster and supply static keys through the environment.
"""
from functools import lru_cache

import boto3
from botocore.config import Config
from django.conf import settings

_CONFIG = Config(
    retries={"max_attempts": 5, "mode": "standard"},
    connect_timeout=5,
    read_timeout=30,
)


@lru_cache(maxsize=1)
def client():
    return boto3.client(
        "s3",
        endpoint_url=settings.S3_ENDPOINT_URL or None,
        region_name=settings.S3_REGION,
        aws_access_key_id=settings.S3_ACCESS_KEY_ID or None,
        aws_secret_access_key=settings.S3_SECRET_ACCESS_KEY or None,
        config=_CONFIG,
    )


def put_document(key: str, body: bytes, content_type: str) -> None:
    client().put_object(
        Bucket=settings.S3_BUCKET,
        Key=key,
        Body=body,
        ContentType=content_type,
        ServerSideEncryption="AES256",
    )


def presigned_download(key: str, filename: str, expires: int = 300) -> str:
    return client().generate_presigned_url(
        "get_object",
        Params={
            "Bucket": settings.S3_BUCKET,
            "Key": key,
            "ResponseContentDisposition": f'attachment; filename="{filename}"',
        },
        ExpiresIn=expires,
    )


def delete_document(key: str) -> None:
    client().delete_object(Bucket=settings.S3_BUCKET, Key=key)
