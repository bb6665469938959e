"""Celery tasks that run customer-defined sync jobs.

A job spec is uploaded by the customer through the dashboard and stored in S3 under
specs/<tenant>/<job>.json; the worker fetches it at run time.
"""
from __future__ import annotations

import json
import logging

import boto3
from botocore.exceptions import ClientError
from celery import shared_task
from django.conf import settings
from pydantic import ValidationError

from jobs.models import JobRun
from jobs.runner import run_sync
from jobs.schemas import JobSpec

log = logging.getLogger(__name__)

s3 = boto3.client("s3", region_name=settings.AWS_REGION)


class SpecError(Exception):
    pass


def load_spec(tenant_id: int, job_key: str) -> JobSpec:
    key = f"specs/{tenant_id}/{job_key}.json"
    try:
        obj = s3.get_object(Bucket=settings.JOB_SPEC_BUCKET, Key=key)
    except ClientError as exc:
        raise SpecError(f"spec {key} not found") from exc

    body = obj["Body"].read()
    try:
        data = json.loads(body)
        return JobSpec.model_validate(data)
    except (json.JSONDecodeError, ValidationError) as exc:
        raise SpecError(f"spec {key} is invalid: {exc}") from exc


@shared_task(bind=True, acks_late=True, max_retries=3, default_retry_delay=60)
def run_job(self, run_id: int) -> None:
    run = JobRun.objects.select_related("job").get(pk=run_id)
    run.mark_started(worker=self.request.hostname)
    try:
        spec = load_spec(run.job.tenant_id, run.job.key)
        stats = run_sync(spec, run=run)
    except SpecError as exc:
        log.warning("run %s: %s", run_id, exc)
        run.mark_failed(str(exc))
        return
    except Exception as exc:  # transient source/destination failures
        run.mark_retrying(str(exc))
        raise self.retry(exc=exc)
    run.mark_succeeded(stats)
