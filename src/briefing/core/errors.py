"""The project's own error types. Each message says what is wrong and how to fix it."""


class BriefingError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits 1."""


class ArticleError(BriefingError):
    """The article is missing, empty or unreadable."""


class TemplateError(BriefingError):
    """A script template is missing or broken; ``line`` and ``detail`` say where and what,
    for tools that report them their own way."""

    def __init__(self, message: str, *, line: int | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.detail = detail or message


class VoiceError(BriefingError):
    """A voice profile is missing or invalid."""


class EngineError(BriefingError):
    """The speech engine failed or produced audio that does not check out."""


class OptionError(BriefingError):
    """A command-line option has a value the tool cannot use."""


class LoudnessError(BriefingError):
    """The programme cannot be delivered within its loudness standard."""


class OutputError(BriefingError):
    """An output file could not be written."""
