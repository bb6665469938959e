from functools import lru_cache

from pydantic import PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    project_name: str = "orders-api"
    environment: str = "development"
    database_url: PostgresDsn
    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 30
    cors_origins: list[str] = ["http://localhost:3000"]

    # Order confirmation emails. The key is injected as SENDGRID_API_KEY from the k8s secret.
    sendgrid_api_key: SecretStr
    sendgrid_from_email: str = "orders@notifications.example.com"
    sendgrid_sandbox_mode: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()
