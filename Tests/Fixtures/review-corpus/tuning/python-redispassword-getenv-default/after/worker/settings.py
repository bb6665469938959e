import os

REDIS_HOST = os.getenv("REDIS_HOST", "redis")
REDIS_PORT = int(os.getenv("REDIS_PORT", "6379"))
REDIS_AUTH = os.getenv("REDISPASSWORD", "Hq3Vz8Lm2Xc7Pw5N")
QUEUE_NAME = os.getenv("QUEUE_NAME", "default")