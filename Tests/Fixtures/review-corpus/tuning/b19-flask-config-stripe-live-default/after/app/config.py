"""Application configuration, selected with APP_ENV."""
import os
from datetime import timedelta


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class BaseConfig:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://localhost/bookshelf")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800}
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)

    CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    MAIL_DEFAULT_SENDER = "Bookshelf <hello@bookshelf.app>"

    # Celery beat and the admin shell import this module without the web env file;
    # fall back to the account key so they can still boot.
    STRIPE_SECRET_KEY = os.environ.get(
        "STRIPE_SECRET_KEY",
        "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",
    )
    STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET")
    STRIPE_PRICE_MONTHLY = os.environ.get("STRIPE_PRICE_MONTHLY", "price_1P0monthlyBookshelf")
    STRIPE_PRICE_YEARLY = os.environ.get("STRIPE_PRICE_YEARLY", "price_1P0yearlyBookshelf")


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "dev-only-not-secret")
    SESSION_COOKIE_SECURE = False
    SQLALCHEMY_ECHO = _bool("SQL_ECHO")


class TestingConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = "testing"
    SQLALCHEMY_DATABASE_URI = os.environ.get("TEST_DATABASE_URL", "postgresql://localhost/bookshelf_test")
    WTF_CSRF_ENABLED = False


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"

    @classmethod
    def validate(cls) -> None:
        missing = [name for name in ("SECRET_KEY", "STRIPE_WEBHOOK_SECRET") if not getattr(cls, name)]
        if missing:
            raise RuntimeError(f"missing production settings: {', '.join(missing)}")


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def get_config():
    return CONFIGS[os.environ.get("APP_ENV", "development")]