from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import serializers

from .models import Profile

User = get_user_model()
SUPPORTED_LOCALES = {code for code, _ in settings.LANGUAGES}


class ProfileSerializer(serializers.ModelSerializer):
    email = serializers.EmailField(source="user.email", read_only=True)

    class Meta:
        model = Profile
        fields = ["id", "email", "display_name", "bio", "avatar", "timezone", "pronouns", "locale", "plan"]
        read_only_fields = ["id", "email", "plan"]

    def validate_locale(self, value):
        if value not in SUPPORTED_LOCALES:
            raise serializers.ValidationError("Unsupported locale.")
        return value


class AdminProfileSerializer(ProfileSerializer):
    is_staff = serializers.BooleanField(source="user.is_staff")

    class Meta(ProfileSerializer.Meta):
        fields = ProfileSerializer.Meta.fields + ["is_staff"]
