"""Path converters for the secret codes in our addresses: a check-in code, a calendar feed's
token, a certificate's verification code. Anything else in their place (a NUL byte, a stray
percent sign, a very long string) never reaches a view or the database: it is simply not found.
"""

from django.urls import register_converter


class _Code:
    regex = ""

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class CheckinCode(_Code):
    """Eight letters and digits, typed in any case."""

    regex = "[A-Za-z0-9]{4,16}"


class FeedToken(_Code):
    """``secrets.token_urlsafe(24)``: 32 URL-safe characters."""

    regex = "[A-Za-z0-9_-]{16,64}"


class CertificateCode(_Code):
    """12 letters and digits, with or without the dashes, in any case."""

    regex = "[A-Za-z0-9-]{12,20}"


register_converter(CheckinCode, "checkin_code")
register_converter(FeedToken, "feed_token")
register_converter(CertificateCode, "certificate_code")
