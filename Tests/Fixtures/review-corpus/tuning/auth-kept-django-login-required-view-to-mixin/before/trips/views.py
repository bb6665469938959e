from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .models import Itinerary


@login_required
def itinerary_detail(request, pk):
    itinerary = get_object_or_404(Itinerary, pk=pk, traveller=request.user)
    return render(request, "trips/itinerary_detail.html", {"itinerary": itinerary})