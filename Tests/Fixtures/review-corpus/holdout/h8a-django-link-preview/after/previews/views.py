import re
from html.parser import HTMLParser

import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

OG_PROPS = {"og:title", "og:description", "og:image", "og:site_name"}


class _OpenGraphParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = {}

    def handle_starttag(self, tag, attrs):
        if tag != "meta":
            return
        attrs = dict(attrs)
        prop = attrs.get("property") or attrs.get("name")
        if prop in OG_PROPS and attrs.get("content"):
            self.found.setdefault(prop[3:], attrs["content"])


@login_required
@require_POST
def link_preview(request):
    url = request.POST.get("url", "").strip()
    if not re.match(r"^https?://", url):
        return JsonResponse({"error": "url must be http(s)"}, status=400)
    resp = requests.get(
        url,
        timeout=5,
        allow_redirects=True,
        headers={"User-Agent": "AcmeChatPreview/1.0"},
    )
    parser = _OpenGraphParser()
    parser.feed(resp.text[:200_000])
    preview = parser.found or {"title": url}
    preview["status"] = resp.status_code
    preview["final_url"] = resp.url
    return JsonResponse(preview)
