import base64
import binascii
import logging
import pickle

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.views import View

from .forms import BillingForm, CompanyForm, PlanForm
from .services import provision_workspace

log = logging.getLogger(__name__)

STEPS = [
    ("company", CompanyForm),
    ("billing", BillingForm),
    ("plan", PlanForm),
]


# Pickle keeps dates, Decimals and model choices intact between steps, so
# provision_workspace no longer has to re-parse strings (ONB-318).
def dump_state(state):
    return base64.urlsafe_b64encode(pickle.dumps(state)).decode("ascii")


def load_state(raw):
    if not raw:
        return {}
    try:
        return pickle.loads(base64.urlsafe_b64decode(raw.encode("ascii")))
    except (binascii.Error, pickle.UnpicklingError, EOFError):
        log.info("discarding unreadable onboarding state")
        return {}


@method_decorator(login_required, name="dispatch")
class OnboardingWizard(View):
    template_name = "onboarding/wizard.html"

    def _render(self, request, index, form, state):
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "step": index,
                "step_name": STEPS[index][0],
                "total": len(STEPS),
                "wizard_state": dump_state(state),
            },
        )

    def get(self, request):
        return self._render(request, 0, STEPS[0][1](), {})

    def post(self, request):
        state = load_state(request.POST.get("wizard_state"))
        try:
            index = int(request.POST.get("step", 0))
            name, form_cls = STEPS[index]
        except (ValueError, IndexError):
            return redirect("onboarding:start")

        form = form_cls(request.POST)
        if not form.is_valid():
            return self._render(request, index, form, state)

        state[name] = dict(form.cleaned_data)
        if index + 1 < len(STEPS):
            next_name, next_cls = STEPS[index + 1]
            return self._render(request, index + 1, next_cls(initial=state.get(next_name)), state)

        with transaction.atomic():
            workspace = provision_workspace(request.user, state)
        return redirect("workspaces:home", slug=workspace.slug)
