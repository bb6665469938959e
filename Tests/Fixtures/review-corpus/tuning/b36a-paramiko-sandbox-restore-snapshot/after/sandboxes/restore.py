"""Self-service sandbox restores.

Customers on the Team plan can roll their sandbox database back to one of the
nightly snapshots listed on the Sandbox settings page. The restore runs on the
sandbox host over SSH so the web tier never holds Postgres superuser credentials.
"""
import logging

import paramiko
from celery import shared_task
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from .models import RestoreRequest, Sandbox

log = logging.getLogger(__name__)

SNAPSHOT_DIR = "/var/lib/sandbox-snapshots"


class RemoteCommandError(RuntimeError):
    pass


def _connect(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.SANDBOX_KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        username=settings.SANDBOX_SSH_USER,
        key_filename=settings.SANDBOX_SSH_KEY,
        timeout=15,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def _run(client: paramiko.SSHClient, command: str, timeout: int = 1800) -> str:
    log.debug("sandbox ssh: %s", command)
    _stdin, stdout, stderr = client.exec_command(command, timeout=timeout)
    status = stdout.channel.recv_exit_status()
    if status != 0:
        err = stderr.read().decode(errors="replace")[:500]
        raise RemoteCommandError(f"exit {status}: {err}")
    return stdout.read().decode()


@shared_task(acks_late=True)
def restore_sandbox(restore_id: int) -> None:
    restore = RestoreRequest.objects.select_related("sandbox").get(pk=restore_id)
    sandbox = restore.sandbox
    dump = f"{SNAPSHOT_DIR}/{sandbox.db_name}/{restore.snapshot}.dump"

    client = _connect(sandbox.host)
    try:
        _run(client, f"test -r {dump}")
        _run(client, f"dropdb --if-exists --force {sandbox.db_name}")
        _run(client, f"createdb --owner={sandbox.db_owner} {sandbox.db_name}")
        _run(
            client,
            f"pg_restore --no-owner --role={sandbox.db_owner} --jobs=4 "
            f"-d {sandbox.db_name} {dump}",
        )
    except Exception:
        restore.mark_failed()
        raise
    finally:
        client.close()
    restore.mark_done()


@login_required
@require_POST
def request_restore(request, sandbox_id: int):
    sandbox = get_object_or_404(Sandbox, pk=sandbox_id, account=request.user.account)
    snapshot = request.POST.get("snapshot", "").strip()
    if not snapshot:
        messages.error(request, "Pick a snapshot to restore.")
        return redirect("sandboxes:detail", sandbox_id=sandbox.pk)

    restore = RestoreRequest.objects.create(
        sandbox=sandbox,
        snapshot=snapshot,
        requested_by=request.user,
    )
    restore_sandbox.delay(restore.pk)
    messages.success(request, f"Restoring {sandbox.name} to {snapshot}. We'll email you when it's done.")
    return redirect("sandboxes:detail", sandbox_id=sandbox.pk)
