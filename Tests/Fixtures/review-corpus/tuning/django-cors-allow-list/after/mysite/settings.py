CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
DEBUG = env.bool("DEBUG", default=False)