"""The SMTP connection: one lazily opened connection per run, and what each send came to.

Each outcome is per recipient: a refused address (5xx: rejected, 4xx: failed and retried next
run), a server without SMTPUTF8 for a non-ASCII address, or a refused message never stop the
batch. Only a server that cannot be reached, refuses our login or refuses our sender stops further
attempts (and pauses nobody).
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass

from tariffwatch.errors import TariffwatchError


@dataclass
class Outcome:
    status: str  # sent | failed | rejected
    error: str | None = None


class Mailer:
    def __init__(self, settings):
        self.settings = settings
        self.connection: smtplib.SMTP | None = None
        self.unreachable: str | None = None

    def send(self, message) -> Outcome:
        if self.connection is None:
            failure = self._open()
            if failure:
                return failure
        try:
            self.connection.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            code, reason = next(iter(exc.recipients.values()))
            return _refused(code, reason)
        except smtplib.SMTPNotSupportedError:
            return Outcome("failed", "the mail server does not support SMTPUTF8, needed for this non-ASCII address")
        except smtplib.SMTPSenderRefused as exc:
            self.reset()
            return self._down(f"refused the sender ({exc.smtp_code} {_text(exc.smtp_error)})")
        except smtplib.SMTPDataError as exc:
            self._rset()
            return Outcome("failed", f"message refused: {exc.smtp_code} {_text(exc.smtp_error)}")
        except smtplib.SMTPResponseException as exc:
            self.reset()
            return _refused(exc.smtp_code, exc.smtp_error)
        except (smtplib.SMTPException, OSError) as exc:
            self.reset()
            return self._down(f"unreachable ({exc})")
        return Outcome("sent")

    def _open(self) -> Outcome | None:
        """Connect and log in. Whatever goes wrong here (a refused login, a 554 greeting) is the server's
        or the operator's, never a reader's: it stops the batch instead of pausing anyone."""
        try:
            self.connection = self._connect()
        except smtplib.SMTPAuthenticationError as exc:
            return self._down(f"refused the login ({exc.smtp_code} {_text(exc.smtp_error)})")
        except smtplib.SMTPResponseException as exc:
            return self._down(f"refused the connection ({exc.smtp_code} {_text(exc.smtp_error)})")
        except (smtplib.SMTPException, OSError) as exc:
            return self._down(f"unreachable ({exc})")
        return None

    def _down(self, what: str) -> Outcome:
        self.unreachable = f"SMTP server {self.settings.host}:{self.settings.port} {what}"
        return Outcome("failed", self.unreachable)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.ssl:
            connection = smtplib.SMTP_SSL(s.host, s.port, timeout=30, context=ssl.create_default_context())
        else:
            connection = smtplib.SMTP(s.host, s.port, timeout=30)
            if s.starttls:
                connection.starttls(context=ssl.create_default_context())
        if s.username:
            password = os.environ.get(s.password_env or "", "")
            if not password:
                raise TariffwatchError(f"SMTP login needs the password in environment variable {s.password_env}")
            try:
                connection.login(s.username, password)
            except smtplib.SMTPException:
                connection.close()
                raise
        return connection

    def _rset(self) -> None:
        try:
            if self.connection is not None:
                self.connection.rset()
        except (smtplib.SMTPException, OSError):
            self.reset()

    def reset(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            finally:
                self.connection = None

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self.reset()


def _refused(code: int, reason) -> Outcome:
    error = f"{code} {_text(reason)}"
    return Outcome("rejected" if 500 <= code < 600 else "failed", error)


def _text(reason) -> str:
    return reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
