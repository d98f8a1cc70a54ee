"""A ``Download`` from the export service as an HTTP response: an attachment, never cached."""

from django.http import FileResponse, HttpResponse, StreamingHttpResponse

from courses.services.exports import Download


def download_response(download: Download) -> HttpResponse:
    if download.lines is not None:
        response = StreamingHttpResponse(download.lines, content_type=download.content_type)
    else:
        response = FileResponse(download.file, content_type=download.content_type)
    response["Content-Disposition"] = f'attachment; filename="{download.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
