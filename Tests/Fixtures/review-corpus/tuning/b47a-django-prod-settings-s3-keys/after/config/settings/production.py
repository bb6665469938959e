import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["POSTGRES_DB"],
        "USER": os.environ["POSTGRES_USER"],
        "PASSWORD": os.environ["POSTGRES_PASSWORD"],
        "HOST": os.environ.get("POSTGRES_HOST", "db"),
        "PORT": os.environ.get("POSTGRES_PORT", "5432"),
    }
}

# Media uploads
DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
AWS_STORAGE_BUCKET_NAME = "acme-portal-media"
AWS_S3_REGION_NAME = "eu-west-1"
AWS_DEFAULT_ACL = None
AWS_QUERYSTRING_AUTH = True
# TODO(ops): switch to the ECS task role once it has s3:PutObject on the media bucket
AWS_ACCESS_KEY_ID = "AKIAIB2OYTKIQLC2LG2K"
AWS_SECRET_ACCESS_KEY = "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"
