from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView

from .models import Itinerary


class ItineraryDetailView(LoginRequiredMixin, DetailView):
    template_name = "trips/itinerary_detail.html"
    context_object_name = "itinerary"

    def get_queryset(self):
        return Itinerary.objects.filter(traveller=self.request.user)