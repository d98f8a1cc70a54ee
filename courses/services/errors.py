class DomainError(Exception):
    """A rule said no. ``code`` is stable for tests and logs; ``message`` is for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class EnrolmentError(DomainError):
    pass


class SchedulingError(DomainError):
    pass


class DemandError(DomainError):
    pass


class ObservationError(DomainError):
    pass
