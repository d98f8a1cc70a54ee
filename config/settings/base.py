"""Settings shared by every environment. Environment variables are read here and nowhere else."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "accounts",
    "cms",
    "courses",
    "trainers",
    "codesign",
    "community",
    "reports",
    "wagtail_localize",
    "wagtail_localize.locales",  # Wagtail's locale admin, with "synchronise from" added
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "import_export",
    "phonenumber_field",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.RefuseNulMiddleware",
    "config.page_cache.AnonymousPageCacheMiddleware",
    "courses.middleware.OutboxBatchMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.site_cache.site_furniture",
            ],
        },
    },
]

# --- Database: SQLite on a bare machine, PostgreSQL when DATABASE_URL is set -----------------
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 0),
        conn_health_checks=env_bool("CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["ENGINE"] = "config.sqlite3"  # see config/sqlite3/base.py
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: shared Redis when CACHE_URL is set (login throttling needs one cache per site) ----
CACHE_URL = env_str("CACHE_URL", "")
if CACHE_URL:
    # Pages keep working without Redis (see config/cache.py); a dead server is given up on
    # within a second rather than holding requests.
    CACHES = {"default": {"BACKEND": "config.cache.ForgivingRedisCache", "LOCATION": CACHE_URL,
                          "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole pages for anonymous visitors (config/page_cache.py): how long one is kept at most, for
# what changes with the clock alone; every change of data makes pages afresh at once. 0 turns it
# off. Addresses under these prefixes are never kept, whatever the response.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
CDN_SECONDS = 0  # how long a CDN in front may keep a page: see production settings
PAGE_CACHE_NEVER = tuple(f"{language}{prefix}" for language in ("/", "/gd/") for prefix in (
    "admin/", "django-admin/", "accounts/", "my/", "trainer/", "checkin/", "i18n/", "health/",
    "documents/", "certificates/", "demand/", "codesign/"))

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:my"
# A trainer logging in on a delivery day wants their sessions, not their own courses.
HOME_BY_ROLE = [("Peer trainer", "courses:trainer")]

ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
    "reset_password": "accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "accounts.forms.ResetPasswordKeyForm",
    "change_password": "accounts.forms.ChangePasswordForm",
}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# Sign-up never says whether an address already has an account (on this service that would
# reveal a health condition or a caring role): everyone gets "check your e-mail", and the owner
# of an existing account gets an e-mail saying so. allauth can only do that when every new
# address is confirmed before its first login; confirming logs the person in.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_PRESERVE_USERNAME_CASING = False
# Throttle password guessing per client address, and per account *from that address* (the
# adapter makes the key "e-mail + address"): a stranger's wrong passwords slow the stranger
# down but never lock the real person out. Every password check goes this way: logging in,
# changing the password, leaving. Behind a proxy, TRUSTED_PROXY_COUNT says how many
# X-Forwarded-For entries to believe, or everyone would share the proxy's address.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/15m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    # Not an account form: the public referral form (courses/views/referrals.py), sent from
    # surgeries and offices that may share one address, so a generous hourly allowance.
    "refer": "20/h/ip",
    # "Tell me when there's a course near me" (courses.views.demand), open to anyone.
    "demand_request": "10/m/ip,30/h/ip",
}

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("gd", _("Gàidhlig"))]
# Our own catalogue first; the second holds our Gaelic for django-allauth's strings, in a
# folder that `makemessages` never writes to, so regenerating ours cannot wipe it.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "thirdparty"]
TIME_ZONE = "Europe/London"
FORMAT_MODULE_PATH = ["config.formats"]  # UK dates and the 24-hour clock, in both languages
USE_I18N = True
# Course content in both languages: one page tree a language, the Gaelic one kept in step with
# the English (pages not yet translated are aliases of the English ones) by wagtail-localize.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
PHONENUMBER_DEFAULT_REGION = "GB"  # numbers typed without +44 are read as UK numbers
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# Files only their owner may have (certificate PDFs): never under MEDIA_URL, served by views
# that check who is asking.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail: console by default, SMTP when EMAIL_HOST is set --------------------------------
EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "courses@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Text messages: to the log by default, GOV.UK Notify when its API key is set ------------
SMS_NOTIFY_API_KEY = env_str("SMS_NOTIFY_API_KEY", "")
SMS_BACKEND = "notify" if SMS_NOTIFY_API_KEY else "console"
SMS_NOTIFY_TEMPLATE_ID = env_str("SMS_NOTIFY_TEMPLATE_ID") if SMS_NOTIFY_API_KEY else ""
SMS_NOTIFY_BASE_URL = env_str("SMS_NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk")
SMS_TIMEOUT_SECONDS = env_int("SMS_TIMEOUT_SECONDS", 10)

# --- Celery: eager without a broker, Redis when CELERY_BROKER_URL is set --------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if CELERY_TASK_ALWAYS_EAGER:
    CELERY_BROKER_URL = "memory://"  # never reached: tasks run in-process
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_TIMEOUT = 3
# A web request hands its e-mails to the broker with one quick try ("max_retries": 0 applies to
# publishing, not to the worker's own reconnecting): if the broker is down the sweep sends
# them, and the request is not held up for seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 5,
                                   "max_retries": 0}
CELERY_TIMEZONE = TIME_ZONE

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Self-management courses")
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
# The admin's own reset and change views would be second, unthrottled ways in: allauth handles
# both (/accounts/password/reset/ and /accounts/password/change/).
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are always served through Wagtail's view, which checks collection privacy; never
# straight from the media folder.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "rtf", "txt", "csv", "xlsx", "mp4", "webm", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_FINDERS: list = []  # participant pages make no third-party requests

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Wagtail's search-index and reference-index tasks log every run at INFO: too chatty.
    "loggers": {
        # Django's own console handler (on under DEBUG) would print each line a second time
        # beside the root's: its messages reach the console through the root alone.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django_tasks": {"level": "WARNING"},
        # In-process tasks would log every run into the web server's output.
        "celery.app.trace": {"level": "WARNING" if CELERY_TASK_ALWAYS_EAGER else "INFO"},
        # Eager mode still builds a (never used) broker connection and warns it has no host.
        "kombu.connection": {"level": "ERROR" if CELERY_TASK_ALWAYS_EAGER else "WARNING"},
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}

# No Gravatar: the admin would ask a third-party site for every coordinator's picture.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Courses ----------------------------------------------------------------------------------
# How long a freed place is held for the next person on the waiting list (never past the start).
ENROLMENT_OFFER_HOURS = env_int("ENROLMENT_OFFER_HOURS", 48)
SESSION_REMINDER_HOURS = env_int("SESSION_REMINDER_HOURS", 24)
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 8)
# An e-mail claimed longer ago than this by a worker that has not sent it is taken to be lost
# with that worker (killed, its machine gone) and is sent again by the sweep. Longer than any
# send takes, or a slow send could go twice.
OUTBOX_CLAIM_SECONDS = env_int("OUTBOX_CLAIM_SECONDS", 10 * 60)
CELERY_TASK_PUBLISH_RETRY = False  # a broker outage must not hold a web request; the sweep sends
CELERY_BEAT_SCHEDULE = {
    "send-owed-e-mails": {"task": "courses.tasks.sweep_outbox_task", "schedule": 60.0},
    "queue-session-reminders": {"task": "courses.tasks.queue_session_reminders_task",
                                "schedule": 15 * 60.0},
    "expire-place-offers": {"task": "courses.tasks.expire_offers_task", "schedule": 5 * 60.0},
}
# Self check-in opens this long before a session starts and closes this long after it ends;
# checking in more than CHECKIN_LATE_AFTER_MINUTES after the start counts as late.
CHECKIN_OPENS_MINUTES_BEFORE = env_int("CHECKIN_OPENS_MINUTES_BEFORE", 30)
CHECKIN_CLOSES_MINUTES_AFTER = env_int("CHECKIN_CLOSES_MINUTES_AFTER", 30)
CHECKIN_LATE_AFTER_MINUTES = env_int("CHECKIN_LATE_AFTER_MINUTES", 15)
# A run is closed (completions worked out) this long after its last session ends.
CLOSE_RUNS_HOURS_AFTER = env_int("CLOSE_RUNS_HOURS_AFTER", 12)
CELERY_BEAT_SCHEDULE["close-finished-runs"] = {
    "task": "courses.tasks.close_finished_runs_task", "schedule": 60 * 60.0}
# The end-of-course confidence rating stays open this many days after the last session.
RATING_END_OPEN_DAYS = env_int("RATING_END_OPEN_DAYS", 30)
# Exports with more rows than this are written by a worker to a file the requester downloads
# (within EXPORT_DOWNLOAD_HOURS); smaller ones stream straight to the browser.
EXPORT_INLINE_ROWS = env_int("EXPORT_INLINE_ROWS", 20000)
EXPORT_DOWNLOAD_HOURS = env_int("EXPORT_DOWNLOAD_HOURS", 24)
# Uploaded registers and sign-up sheets: the largest file and the most rows we read.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 5 * 1024 * 1024)
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 20000)
# What an uploaded .xlsx may unpack to, all its parts together (checked before it is opened).
IMPORT_MAX_UNPACKED_BYTES = env_int("IMPORT_MAX_UNPACKED_BYTES", 32 * 1024 * 1024)
# An uploaded SIMD or urban/rural postcode lookup (the official CSVs are well under this).
LOOKUP_MAX_BYTES = env_int("LOOKUP_MAX_BYTES", 64 * 1024 * 1024)
CELERY_BEAT_SCHEDULE["delete-expired-files"] = {
    "task": "courses.tasks.delete_expired_files_task", "schedule": 60 * 60.0}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
# Participants who have not logged in or been on a course for this long are warned by e-mail,
# then erased RETENTION_WARNING_DAYS later unless they come back. Coordinators are never.
RETENTION_INACTIVE_DAYS = env_int("RETENTION_INACTIVE_DAYS", 3 * 365)
RETENTION_WARNING_DAYS = env_int("RETENTION_WARNING_DAYS", 30)
CELERY_BEAT_SCHEDULE["retention"] = {
    "task": "courses.tasks.apply_retention_task", "schedule": 24 * 60 * 60.0}
# Requests to be told of a course near someone close a year after they were made.
CELERY_BEAT_SCHEDULE["close-expired-demand"] = {
    "task": "courses.tasks.close_expired_demand_task", "schedule": 24 * 60 * 60.0}
# Trainers ten months without delivering hear once, with a run to co-train (trainers.models).
CELERY_BEAT_SCHEDULE["invite-lapsing-trainers"] = {
    "task": "courses.tasks.invite_lapsing_trainers_task", "schedule": 24 * 60 * 60.0}
# A working party reviews each module again this long after a member with lived experience
# last signed off its live version (codesign.services.reviews); later ones are listed as overdue.
CODESIGN_REVIEW_EVERY_DAYS = env_int("CODESIGN_REVIEW_EVERY_DAYS", 2 * 365)
# Working parties' members hear once a month what participants and trainers said last month
# (codesign.services.feedback); the task runs daily and owes each digest once.
CELERY_BEAT_SCHEDULE["codesign-feedback-digests"] = {
    "task": "codesign.tasks.owe_feedback_digests_task", "schedule": 24 * 60 * 60.0}
# Directory entries nobody has checked for six months are flagged to their area's networkers.
CELERY_BEAT_SCHEDULE["flag-directory-entries-due-a-check"] = {
    "task": "community.tasks.flag_entries_due_a_check_task", "schedule": 24 * 60 * 60.0}
# Peer support groups: meetings kept planned three months ahead, and members reminded before
# each one (SESSION_REMINDER_HOURS before, as for sessions).
CELERY_BEAT_SCHEDULE["plan-group-meetings"] = {
    "task": "community.tasks.plan_group_meetings_task", "schedule": 24 * 60 * 60.0}
CELERY_BEAT_SCHEDULE["queue-group-reminders"] = {
    "task": "community.tasks.queue_group_reminders_task", "schedule": 15 * 60.0}
