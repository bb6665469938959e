from django.contrib.auth import get_user_model
from rest_framework import serializers

from .models import Profile

User = get_user_model()


class ProfileSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(source="user.email", read_only=True)

    class Meta:
        model = Profile
        fields = ["id", "email", "display_name", "bio", "avatar", "timezone"]
        read_only_fields = ["id", "email"]


class AdminProfileSerializer(ProfileSerializer):
    is_staff = serializers.BooleanField(source="user.is_staff")

    class Meta(ProfileSerializer.Meta):
        fields = ProfileSerializer.Meta.fields + ["is_staff"]
