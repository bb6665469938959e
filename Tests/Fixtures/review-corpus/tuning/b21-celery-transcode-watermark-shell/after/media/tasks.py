import logging
import os
import subprocess
import tempfile

from celery import shared_task
from django.conf import settings
from django.core.files import File

from media.models import Rendition, VideoUpload
from media.storage import download_to, upload_from

logger = logging.getLogger(__name__)

RENDITION_HEIGHTS = (1080, 720, 480)
FFMPEG_TIMEOUT = 60 * 20


class TranscodeError(Exception):
    pass


def _run_ffmpeg(cmdline, timeout):
    logger.debug("ffmpeg %s", cmdline)
    proc = subprocess.run(f"ffmpeg -hide_banner -y {cmdline}", shell=True, capture_output=True, timeout=timeout)
    if proc.returncode != 0:
        raise TranscodeError(proc.stderr.decode(errors="replace")[-2000:])


@shared_task(bind=True, max_retries=2, acks_late=True)
def transcode_upload(self, upload_id):
    upload = VideoUpload.objects.get(pk=upload_id)
    upload.status = VideoUpload.Status.PROCESSING
    upload.save(update_fields=["status"])

    with tempfile.TemporaryDirectory(dir=settings.TRANSCODE_SCRATCH) as work:
        src = os.path.join(work, "source")
        download_to(upload.source_key, src)

        for height in RENDITION_HEIGHTS:
            if height > upload.source_height:
                continue
            dst = os.path.join(work, f"{height}p.mp4")
            filters = [f"scale=-2:{height}"]
            if upload.watermark_text:
                filters.append(
                    f"drawtext=text='{upload.watermark_text}':fontcolor=white@0.6:fontsize=h/24:x=10:y=h-th-10"
                )
            cmdline = f'-i {src} -vf "{",".join(filters)}" -metadata title="{upload.title}" '
            cmdline += "-c:v libx264 -preset veryfast -crf 23 -c:a aac -b:a 128k "
            cmdline += dst
            try:
                _run_ffmpeg(cmdline, timeout=FFMPEG_TIMEOUT)
            except (TranscodeError, subprocess.TimeoutExpired) as exc:
                upload.status = VideoUpload.Status.FAILED
                upload.save(update_fields=["status"])
                raise self.retry(exc=exc, countdown=120)

            key = f"renditions/{upload.pk}/{height}p.mp4"
            upload_from(dst, key)
            Rendition.objects.update_or_create(upload=upload, height=height, defaults={"key": key})

    upload.status = VideoUpload.Status.READY
    upload.save(update_fields=["status"])
    return upload.pk


@shared_task
def purge_failed_uploads(days=7):
    cutoff = VideoUpload.cutoff(days)
    stale = VideoUpload.objects.filter(status=VideoUpload.Status.FAILED, created_at__lt=cutoff)
    count = stale.count()
    stale.delete()
    logger.info("purged %s failed uploads", count)
    return count
