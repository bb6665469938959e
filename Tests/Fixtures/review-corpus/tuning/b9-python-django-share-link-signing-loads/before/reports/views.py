from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Report


@login_required
def report_detail(request, pk):
    report = get_object_or_404(Report, pk=pk, organisation=request.user.organisation)
    return render(request, "reports/detail.html", {"report": report})
