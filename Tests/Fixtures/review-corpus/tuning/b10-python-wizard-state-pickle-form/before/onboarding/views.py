import json

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from onboarding.forms import CompanyForm, ContactForm, PlanForm
from onboarding.services import create_account

STEPS = [CompanyForm, ContactForm, PlanForm]


@login_required
def wizard(request: HttpRequest, step: int = 0) -> HttpResponse:
    state = request.session.get("onboarding", {})
    form_cls = STEPS[step]
    form = form_cls(request.POST or None, initial=state.get(str(step)))
    if request.method == "POST" and form.is_valid():
        state[str(step)] = form.cleaned_data
        request.session["onboarding"] = json.loads(json.dumps(state, default=str))
        if step + 1 < len(STEPS):
            return redirect("onboarding:wizard", step=step + 1)
        account = create_account(request.user, state)
        del request.session["onboarding"]
        return redirect("accounts:detail", pk=account.pk)
    return render(request, "onboarding/wizard.html", {"form": form, "step": step})
