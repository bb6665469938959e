import logging
import mimetypes
import uuid

import requests
from django.core.files.base import ContentFile
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.viewsets import ModelViewSet

from catalog.models import Product, ProductImage
from catalog.permissions import IsStoreStaff
from catalog.serializers import ProductImageSerializer, ProductSerializer

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 8 * 1024 * 1024


def _download_image(url):
    resp = requests.get(
        url,
        timeout=(3, 10),
        stream=True,
        headers={"User-Agent": "acme-catalog-importer/1.0"},
    )
    resp.raise_for_status()
    data = resp.raw.read(MAX_IMAGE_BYTES + 1, decode_content=True)
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError("image too large")
    return data, resp.headers.get("Content-Type", "")


class ProductViewSet(ModelViewSet):
    serializer_class = ProductSerializer
    permission_classes = [IsAuthenticated, IsStoreStaff]

    def get_queryset(self):
        return Product.objects.filter(store=self.request.user.store)

    @action(detail=True, methods=["post"], parser_classes=[MultiPartParser])
    def images(self, request, pk=None):
        product = self.get_object()
        upload = request.FILES.get("image")
        if upload is None:
            return Response({"image": "required"}, status=status.HTTP_400_BAD_REQUEST)
        if upload.size > MAX_IMAGE_BYTES:
            return Response({"image": "too large"}, status=status.HTTP_400_BAD_REQUEST)
        image = ProductImage.objects.create(product=product, file=upload)
        log.info("image %s added to product %s", image.id, product.id)
        return Response(ProductImageSerializer(image).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"], url_path="images/from-url")
    def image_from_url(self, request, pk=None):
        """Import a product photo from a supplier feed or CDN link."""
        product = self.get_object()
        url = (request.data.get("url") or "").strip()
        if not url.lower().startswith(("http://", "https://")):
            return Response({"url": "must be an http(s) URL"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            data, content_type = _download_image(url)
        except (requests.RequestException, ValueError) as exc:
            return Response({"url": f"could not fetch: {exc}"}, status=status.HTTP_400_BAD_REQUEST)
        if not content_type.startswith("image/"):
            return Response(
                {"url": f"not an image ({content_type}): {data[:200]!r}"},
                status=status.HTTP_400_BAD_REQUEST,
            )
        ext = mimetypes.guess_extension(content_type.split(";")[0]) or ".img"
        image = ProductImage.objects.create(product=product, source_url=url)
        image.file.save(f"{uuid.uuid4().hex}{ext}", ContentFile(data), save=True)
        log.info("image %s imported from %s for product %s", image.id, url, product.id)
        return Response(ProductImageSerializer(image).data, status=status.HTTP_201_CREATED)
