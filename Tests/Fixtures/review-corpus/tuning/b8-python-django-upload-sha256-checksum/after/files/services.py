import hashlib

from django.contrib.auth.hashers import make_password
from django.db import transaction

from files.models import SharedLink, StoredFile


def store_upload(owner, upload):
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    checksum = digest.hexdigest()
    existing = StoredFile.objects.filter(owner=owner, checksum=checksum).first()
    if existing:
        return existing
    return StoredFile.objects.create(
        owner=owner, name=upload.name, blob=upload, size=upload.size, checksum=checksum
    )


@transaction.atomic
def share_with_password(stored_file, password):
    return SharedLink.objects.create(file=stored_file, password_hash=make_password(password))