from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import NotificationEmailForm
from .tasks import send_email_confirmation


@login_required
def settings_page(request):
    form = NotificationEmailForm(instance=request.user.profile)
    return render(request, "accounts/settings.html", {"form": form})


@login_required
@require_http_methods(["POST"])
def update_notification_email(request):
    form = NotificationEmailForm(request.POST, instance=request.user.profile)
    if not form.is_valid():
        return render(request, "accounts/settings.html", {"form": form}, status=400)
    profile = form.save(commit=False)
    profile.notification_email_verified = False
    profile.save()
    send_email_confirmation.delay(profile.pk)
    messages.success(request, "Check your inbox to confirm the new address.")
    return redirect("accounts:settings")
