"""The SMTP connection against a real loopback server (aiosmtpd): login, refusals and what each send came to.

Which outcome a refusal gives decides whether a subscriber is paused ('rejected'), retried next run
('failed'), or whether the whole batch stops (the server is down or refuses us): each is pinned here.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from digest.mailer import Mailer, Outcome
from tariffwatch.config import SmtpSettings
from tariffwatch.errors import TariffwatchError
from tests.smtp_server import RecordingHandler, free_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")  # loopback only
LOGIN, PASSWORD = "digest-robot", "hunter-42-correct"


class PickyHandler(RecordingHandler):
    """Refuses a listed sender at MAIL FROM and a message whose subject says so at DATA."""

    def __init__(self):
        super().__init__()
        self.refused_senders: set[str] = set()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address in self.refused_senders:
            return "553 5.7.1 sender address not allowed"
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if b"Subject: refuse me" in envelope.original_content:
            return "554 5.6.0 message content rejected"
        return await super().handle_DATA(server, session, envelope)


def check_login(  # aiosmtpd answers a refused login only after a long delay: tests give the right one
    server, session, envelope, mechanism, auth_data
):
    accepted = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        LOGIN.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=accepted)


@pytest.fixture
def server():
    handler = PickyHandler()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=check_login,
        auth_require_tls=False,
        auth_required=True,
    )
    controller.start()
    yield controller
    controller.stop()


def settings(port: int, **options) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=port, **options)


def message(subject: str = "Your tariff digest", to: str = "reader@example.org") -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "tariffwatch <digest@example.org>", to, subject
    mail.set_content("Two changes in your product areas.\n")
    return mail


def test_a_login_with_the_password_from_the_environment_sends(server, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_SECRET", PASSWORD)
    mailer = Mailer(settings(server.port, username=LOGIN, password_env="DIGEST_SMTP_SECRET"))
    assert mailer.send(message()) == Outcome("sent")
    assert [mail["Subject"] for mail in server.handler.messages] == ["Your tariff digest"]
    mailer.close()
    assert mailer.connection is None


def test_a_login_without_its_password_in_the_environment_is_one_line(server, monkeypatch):
    monkeypatch.delenv("DIGEST_SMTP_SECRET", raising=False)
    mailer = Mailer(settings(server.port, username=LOGIN, password_env="DIGEST_SMTP_SECRET"))
    with pytest.raises(TariffwatchError) as error:
        mailer.send(message())
    assert str(error.value) == "SMTP login needs the password in environment variable DIGEST_SMTP_SECRET"


def test_a_server_that_wants_a_login_refuses_the_sender_and_the_batch_stops(server):
    mailer = Mailer(settings(server.port))
    outcome = mailer.send(message())
    expected = f"SMTP server 127.0.0.1:{server.port} refused the sender (530 5.7.0 Authentication required)"
    assert (outcome, mailer.unreachable, mailer.connection) == (Outcome("failed", expected), expected, None)


def test_a_refused_sender_address_stops_the_batch(server, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_SECRET", PASSWORD)
    server.handler.refused_senders.add("digest@example.org")
    mailer = Mailer(settings(server.port, username=LOGIN, password_env="DIGEST_SMTP_SECRET"))
    expected = f"SMTP server 127.0.0.1:{server.port} refused the sender (553 5.7.1 sender address not allowed)"
    assert (mailer.send(message()), mailer.unreachable) == (Outcome("failed", expected), expected)


def test_a_message_refused_at_data_fails_alone_on_the_same_connection(server, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_SECRET", PASSWORD)
    mailer = Mailer(settings(server.port, username=LOGIN, password_env="DIGEST_SMTP_SECRET"))
    refused = mailer.send(message("refuse me"))
    connection = mailer.connection
    assert refused == Outcome("failed", "message refused: 554 5.6.0 message content rejected")
    assert mailer.send(message()) == Outcome("sent")
    assert (mailer.connection is connection, mailer.unreachable) == (True, None)
    assert [mail["Subject"] for mail in server.handler.messages] == ["Your tariff digest"]


@pytest.mark.parametrize(
    "refusal,outcome",
    [
        ("refuse", Outcome("rejected", "550 5.1.1 mailbox unavailable")),  # permanent: the reader is paused
        ("defer", Outcome("failed", "451 4.2.1 mailbox busy, try again later")),  # temporary: retried next run
    ],
)
def test_a_refused_recipient_is_rejected_for_5xx_and_failed_for_4xx(server, monkeypatch, refusal, outcome):
    monkeypatch.setenv("DIGEST_SMTP_SECRET", PASSWORD)
    getattr(server.handler, refusal).add("gone@example.org")
    mailer = Mailer(settings(server.port, username=LOGIN, password_env="DIGEST_SMTP_SECRET"))
    assert mailer.send(message(to="gone@example.org")) == outcome
    assert (mailer.send(message()), mailer.unreachable) == (Outcome("sent"), None)  # the batch goes on


def test_nothing_listening_is_unreachable_and_named():
    port = free_port()
    mailer = Mailer(settings(port))
    expected = f"SMTP server 127.0.0.1:{port} unreachable ([Errno 111] Connection refused)"
    assert (mailer.send(message()), mailer.unreachable) == (Outcome("failed", expected), expected)
