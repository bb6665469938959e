import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
ALERT_CHANNEL = os.environ.get("ALERT_CHANNEL", "#ops-alerts")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "")

PAGERDUTY_SERVICE_ID = os.environ.get("PAGERDUTY_SERVICE_ID", "P0XXXXX")
STATE_FILE = BASE_DIR / "state.json"