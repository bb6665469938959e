"""Render transactional e-mails from the templates shipped in this package."""
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"

TEMPLATES = {
    "welcome": "welcome.html.j2",
    "password_reset": "password_reset.html.j2",
    "invoice_paid": "invoice_paid.html.j2",
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
    )


def render_email(kind: str, **context) -> str:
    """Render one of TEMPLATES; user data only ever goes in as context values."""
    try:
        name = TEMPLATES[kind]
    except KeyError:
        raise ValueError(f"unknown e-mail template: {kind}") from None
    return _env().get_template(name).render(**context)
