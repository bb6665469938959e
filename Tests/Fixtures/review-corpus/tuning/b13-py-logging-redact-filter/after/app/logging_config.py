import logging
import logging.config
import os
import re

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")

# Matches key=value and "key": "value" pairs whose key looks sensitive.
_SENSITIVE = re.compile(
    r"""(?P<key>password|passwd|secret|api[_-]?key|access[_-]?token|authorization)"""
    r"""(?P<sep>["']?\s*[:=]\s*["']?)(?P<value>[^\s"'&,]+)""",
    re.IGNORECASE,
)


class RedactingFilter(logging.Filter):
    """Masks credential-looking values before a record reaches any handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _SENSITIVE.sub(lambda m: f"{m['key']}{m['sep']}[REDACTED]", message)
        if redacted != message:
            record.msg = redacted
            record.args = ()
        return True


def configure_logging() -> None:
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"redact": {"()": RedactingFilter}},
            "formatters": {
                "json": {
                    "()": "pythonjsonlogger.jsonlogger.JsonFormatter",
                    "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                }
            },
            "handlers": {
                "stdout": {
                    "class": "logging.StreamHandler",
                    "formatter": "json",
                    "filters": ["redact"],
                }
            },
            "root": {"level": LOG_LEVEL, "handlers": ["stdout"]},
        }
    )