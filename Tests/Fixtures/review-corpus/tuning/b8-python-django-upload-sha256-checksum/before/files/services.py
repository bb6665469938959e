import hashlib

from django.contrib.auth.hashers import make_password
from django.db import transaction

from files.models import SharedLink, StoredFile


def store_upload(owner, upload):
    return StoredFile.objects.create(owner=owner, name=upload.name, blob=upload, size=upload.size)


@transaction.atomic
def share_with_password(stored_file, password):
    return SharedLink.objects.create(file=stored_file, password_hash=make_password(password))