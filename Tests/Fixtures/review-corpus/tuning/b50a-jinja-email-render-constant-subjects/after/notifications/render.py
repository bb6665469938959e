from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"

SUBJECTS = {
    "welcome": "Welcome to Larkspur, {{ user.first_name }}!",
    "password_reset": "Reset your Larkspur password",
    "invoice_ready": "Your invoice {{ invoice.number }} is ready",
    "digest": "{{ count }} updates in {{ workspace.name }} this week",
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "xml"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_email(kind: str, context: dict) -> tuple[str, str, str]:
    """Return (subject, html, text) for one of the known notification kinds."""
    if kind not in SUBJECTS:
        raise ValueError(f"unknown email template {kind!r}")
    env = _env()
    subject = env.from_string(SUBJECTS[kind]).render(**context).strip()
    html = env.get_template(f"{kind}.html").render(**context)
    text = env.get_template(f"{kind}.txt").render(**context)
    return subject, html, text
