import logging
import subprocess
from datetime import datetime, timezone

from chatops.registry import command
from chatops.slack import SlackContext

log = logging.getLogger(__name__)

DEPLOYABLE = {"api", "web", "worker", "scheduler"}
DEPLOY_SCRIPT = "/opt/chatops/scripts/deploy.sh"
LOG_DIR = "/var/log/chatops/deploys"


def _log_path(service: str) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{LOG_DIR}/{service}-{stamp}.log"


@command("deploy", usage="/deploy <service> [branch] [--dry-run]")
def deploy(ctx: SlackContext, args: list[str]) -> str:
    if not args or args[0] not in DEPLOYABLE:
        return f"Unknown service. Choose one of: {', '.join(sorted(DEPLOYABLE))}"

    dry_run = "--dry-run" in args
    rest = [a for a in args[1:] if a != "--dry-run"]
    service = args[0]
    branch = rest[0] if rest else "main"
    log.info("deploy requested by %s: %s@%s", ctx.user_name, service, branch)

    flags = "--dry-run" if dry_run else ""
    log_file = _log_path(service)
    cmd = f"{DEPLOY_SCRIPT} {flags} {service} {branch} 2>&1 | tee -a {log_file}"

    result = subprocess.run(
        cmd,
        shell=True,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if result.returncode != 0:
        return f":x: deploy of {service}@{branch} failed, see {log_file}:\n```{result.stdout[-1500:]}```"
    verb = "would deploy" if dry_run else "deployed"
    return f":rocket: {service}@{branch} {verb} (log: {log_file})"
