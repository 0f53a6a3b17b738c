"""`tariffwatch sources --check`: one small live request per enabled source, its shape validated.

Each source's `probe()` asks for the least it can (one result, one feed) and checks what its
parser relies on: content type, keys, a challenge page instead of content. The verdict is one
line per source: ok, unreachable (network, HTTP error: nothing learnt about the format) or
FORMAT CHANGED with what differs, the one that needs a developer.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.base import CrawlContext, FormatChanged, NotConfigured
from crawler.http import ChallengeError, HttpClient, HttpError
from crawler.registry import source_classes, source_settings
from tariffwatch.config import Config
from tariffwatch.errors import TariffwatchError
from tariffwatch.store import Store

OK, UNREACHABLE, CHANGED, NOT_CONFIGURED = "ok", "unreachable", "FORMAT CHANGED", "not configured"


@dataclass
class ProbeResult:
    source: str
    verdict: str  # ok | unreachable | FORMAT CHANGED | not configured
    detail: str

    def line(self) -> str:
        if self.verdict == CHANGED:
            return f"{self.source}: {CHANGED}: {self.detail}"
        return f"{self.source}: {self.verdict} ({self.detail})"


def probe_sources(config: Config, store: Store, names: list[str] | None = None) -> list[ProbeResult]:
    classes, settings = source_classes(), source_settings(config)
    selected = names or [name for name, section in settings.items() if section.enabled]
    http = HttpClient(config.http.model_copy(update={"max_retries": 1}))
    try:
        return [probe_one(name, classes[name], settings[name], store, http) for name in selected]
    finally:
        http.close()


def probe_one(name, source_class, settings, store, http) -> ProbeResult:
    context = CrawlContext(name=name, settings=settings, http=http, store=store)
    try:
        return ProbeResult(name, OK, source_class(context).probe())
    except NotConfigured as exc:
        return ProbeResult(name, NOT_CONFIGURED, str(exc))
    except (FormatChanged, ChallengeError) as exc:
        return ProbeResult(name, CHANGED, str(exc))
    except HttpError as exc:
        return ProbeResult(name, UNREACHABLE, str(exc))
    except TariffwatchError as exc:  # a parser refused the body: its shape is not what we read
        return ProbeResult(name, CHANGED, str(exc))
