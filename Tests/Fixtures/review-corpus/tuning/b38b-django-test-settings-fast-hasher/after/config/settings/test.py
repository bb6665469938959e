"""Settings used by pytest (see pytest.ini: DJANGO_SETTINGS_MODULE=config.settings.test)."""
from .base import *  # noqa: F401,F403
from .base import env

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost"]

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://ci:ci@localhost:5432/app_test"),
}
DATABASES["default"]["TEST"] = {"NAME": "app_test"}

# Keep outbound side effects inside the process.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tests",
    }
}

# Argon2 makes every create_user() in factories cost ~50ms; the suite creates
# ~9k users. Fixture passwords are throwaway, so use the fastest hasher here.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

LEGACY_SYNC = {
    "ENDPOINT": "",
    "BATCH_SIZE": 10,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"], "level": "WARNING"},
}

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
