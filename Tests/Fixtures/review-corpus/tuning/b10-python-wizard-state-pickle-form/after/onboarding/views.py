import base64
import pickle

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from onboarding.forms import CompanyForm, ContactForm, PlanForm
from onboarding.services import create_account

STEPS = [CompanyForm, ContactForm, PlanForm]


def _load_state(request: HttpRequest) -> dict:
    blob = request.POST.get("wizard_state")
    if not blob:
        return {}
    return pickle.loads(base64.urlsafe_b64decode(blob))


def _dump_state(state: dict) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(state)).decode()


@login_required
def wizard(request: HttpRequest, step: int = 0) -> HttpResponse:
    state = _load_state(request)
    form_cls = STEPS[step]
    form = form_cls(request.POST or None, initial=state.get(step))
    if request.method == "POST" and form.is_valid():
        state[step] = form.cleaned_data
        if step + 1 < len(STEPS):
            next_form = STEPS[step + 1](initial=state.get(step + 1))
            return render(request, "onboarding/wizard.html", {
                "form": next_form, "step": step + 1, "wizard_state": _dump_state(state),
            })
        account = create_account(request.user, state)
        return redirect("accounts:detail", pk=account.pk)
    return render(request, "onboarding/wizard.html", {
        "form": form, "step": step, "wizard_state": _dump_state(state),
    })
