import logging

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
