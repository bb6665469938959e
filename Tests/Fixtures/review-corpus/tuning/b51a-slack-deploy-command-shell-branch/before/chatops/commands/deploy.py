import logging
import subprocess

from chatops.registry import command
from chatops.slack import SlackContext

log = logging.getLogger(__name__)

DEPLOYABLE = {"api", "web", "worker", "scheduler"}
DEPLOY_SCRIPT = "/opt/chatops/scripts/deploy.sh"


@command("deploy", usage="/deploy <service> [branch]")
def deploy(ctx: SlackContext, args: list[str]) -> str:
    if not args or args[0] not in DEPLOYABLE:
        return f"Unknown service. Choose one of: {', '.join(sorted(DEPLOYABLE))}"

    service = args[0]
    branch = args[1] if len(args) > 1 else "main"
    log.info("deploy requested by %s: %s@%s", ctx.user_name, service, branch)

    result = subprocess.run(
        [DEPLOY_SCRIPT, service, branch],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if result.returncode != 0:
        return f":x: deploy of {service}@{branch} failed:\n```{result.stderr[-1500:]}```"
    return f":rocket: {service}@{branch} deployed"
