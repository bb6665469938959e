"""
Settings for the pytest run (see pytest.ini: DJANGO_SETTINGS_MODULE=config.settings.test).

Never imported by wsgi/asgi; production uses config.settings.production.
"""
from .base import *  # noqa: F401,F403
from .base import INSTALLED_APPS, MIDDLEWARE, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", default="test-only-not-secret")
ALLOWED_HOSTS = ["testserver", "localhost"]

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres:postgres@localhost:5432/clinic_test"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "clinic-tests",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# debug toolbar and silk slow every request down
INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in ("debug_toolbar", "silk")]
MIDDLEWARE = [m for m in MIDDLEWARE if "debug_toolbar" not in m and "silk" not in m]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"], "level": "WARNING"},
}
