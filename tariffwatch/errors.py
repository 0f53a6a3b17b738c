"""Errors that reach the user as one line. The CLI turns them into messages and exit codes."""


class TariffwatchError(Exception):
    """Base class: str(error) is the one-line message shown to the user."""


class ConfigError(TariffwatchError):
    """The configuration file is unreadable or invalid (exit code 2)."""


class InputError(TariffwatchError):
    """The user's input (a query, an argument value) is invalid: a usage error (exit code 2)."""


class BusyError(TariffwatchError):
    """Another run holds the store and did not finish within the wait (exit code 2)."""


class SourceError(TariffwatchError):
    """A source could not be crawled; the run goes on with the other sources."""


class DocumentError(TariffwatchError):
    """One document could not be fetched or converted; the source goes on."""
