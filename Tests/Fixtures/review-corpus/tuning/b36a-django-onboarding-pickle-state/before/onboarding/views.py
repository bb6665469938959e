import logging

from django.contrib.auth.decorators import login_required
from django.core import signing
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
STATE_SALT = "onboarding.wizard.v2"
STATE_MAX_AGE = 6 * 60 * 60


def dump_state(state):
    return signing.dumps(state, salt=STATE_SALT, compress=True)


def load_state(raw):
    if not raw:
        return {}
    try:
        return signing.loads(raw, salt=STATE_SALT, max_age=STATE_MAX_AGE)
    except signing.BadSignature:
        log.info("discarding tampered or expired onboarding state")
        return {}


def _serialisable(cleaned):
    # signing.dumps uses JSON, so flatten dates and Decimals; provision_workspace re-parses them.
    return {key: None if value is None else str(value) for key, value in cleaned.items()}


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

        state[name] = _serialisable(form.cleaned_data)
        if index + 1 < len(STEPS):
            next_name, next_cls = STEPS[index + 1]
            return self._render(request, index + 1, next_cls(initial=state.get(next_name)), state)

        with transaction.atomic():
            workspace = provision_workspace(request.user, state)
        return redirect("workspaces:home", slug=workspace.slug)
