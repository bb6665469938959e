"""Network diagnostics for the support console.

Support engineers use these endpoints to check whether a customer's
integration endpoint is reachable from our egress network.
"""
from __future__ import annotations

import asyncio
import re
import shlex

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel

from app.auth import require_staff
from app.audit import audit_log

router = APIRouter(prefix="/internal/netdiag", tags=["netdiag"], dependencies=[Depends(require_staff)])

HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$")
TIMEOUT_SECONDS = 30


class DiagResult(BaseModel):
    command: str
    exit_code: int
    output: str


async def _run_shell(cmdline: str) -> DiagResult:
    """Run a diagnostic command line, capturing combined output."""
    proc = await asyncio.create_subprocess_shell(
        cmdline,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=TIMEOUT_SECONDS)
    except asyncio.TimeoutError:
        proc.kill()
        raise HTTPException(status_code=504, detail="diagnostic timed out")
    return DiagResult(command=cmdline, exit_code=proc.returncode or 0, output=out.decode(errors="replace")[-8000:])


def _checked_host(host: str) -> str:
    if not HOSTNAME_RE.fullmatch(host):
        raise HTTPException(status_code=400, detail="host must be a DNS name")
    return host


@router.get("/ping", response_model=DiagResult)
async def ping(host: str = Query(..., max_length=253), count: int = Query(3, ge=1, le=10), staff=Depends(require_staff)):
    target = _checked_host(host)
    audit_log(staff, "netdiag.ping", target=target)
    return await _run_shell(f"ping -c {count} -W 2 {shlex.quote(target)}")


@router.get("/dns", response_model=DiagResult)
async def dns(host: str = Query(..., max_length=253), record: str = Query("A"), staff=Depends(require_staff)):
    if record not in {"A", "AAAA", "CNAME", "MX", "TXT"}:
        raise HTTPException(status_code=400, detail="unsupported record type")
    target = _checked_host(host)
    audit_log(staff, "netdiag.dns", target=target, record=record)
    return await _run_shell(f"dig +short {record} {shlex.quote(target)}")