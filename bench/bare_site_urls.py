"""The project's URLs and the bare view (see ``bare_site.py``)."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from config.urls import urlpatterns as site


@never_cache  # measured as made, never from the page cache
def ok(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench-ok/", ok), *site]
