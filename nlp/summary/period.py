"""When a measure runs, as the lead says it: 'from 1 July 2031', 'from 1 July 2031 until 30 June 2033',
'until 30 June 2033' (an extension), read from the typed dates the document carries."""

from __future__ import annotations

from datetime import date

START_DATES = ("application_start", "entry_into_force", "effective")
# Measures that favour the goods they name: 'preferential tariff treatment for imports from Peru'.
FAVOURS = frozenset({"preference", "tariff_quota", "duty_suspension", "remission"})
# Verbs whose act runs until a date: 'extends … until 30 June 2031', 'suspends … from 1 July until …'.
UNTIL_VERBS = frozenset({"extends", "suspends", "grants", "reinstates"})
POSTPONES = "postpones the start of"  # its date is the day the duties now begin (verbs.py)
# A step of a trade-remedy case (an investigation opened, its final phase scheduled): its DATES line is the day the
# notice takes effect, never a measure in force (a USITC notice 'DATES: May 28, 2019.'): 'by a notice effective …'.
CASE_STEPS = (
    "opens an investigation into",
    "opens a review of",
    "opens an inquiry into",
    "schedules the final phase of an investigation into",
    "sets the timetable of a review of",
    "sets the timetable of an investigation into",
)


def period(dates: list, verb: str, kind: str) -> str:
    """'from 1 July 2031', 'from 1 July 2031 until 30 June 2033', 'until 30 June 2033' (an extension):
    an end is said when the act runs until it (an extension, a suspension, a seasonal preference or
    quota, a remission period), never after a start it does not follow."""
    start, end = first_iso(dates, START_DATES), first_iso(dates, ("application_end",))
    if verb == POSTPONES:  # the day the duties now begin, never a period they run
        return f"to {day(start)}" if start else ""
    if verb in CASE_STEPS:
        return f"by a notice effective {day(start)}" if start else ""
    runs_until = verb in UNTIL_VERBS or (kind in FAVOURS and verb != "ends") or not verb  # an end has no 'until'
    if end and runs_until and not (start and end <= start):
        return f"from {day(start)} until {day(end)}" if start else f"until {day(end)}"
    return f"from {day(start)}" if start else ""


def start_date(dates: list) -> str | None:
    start = first_iso(dates, START_DATES)
    return day(start) if start else None


def first_date(dates: list, kinds: tuple[str, ...]) -> str | None:
    found = first_iso(dates, kinds)
    return day(found) if found else None


def first_iso(dates: list, kinds: tuple[str, ...]) -> str | None:
    """The first date of the first of `kinds` the document has; for an end, the latest (an extension's
    new end comes after the ends it replaces)."""
    for kind in kinds:
        found = sorted(mention.date for mention in dates if mention.type == kind)
        if found:
            return found[-1] if kind == "application_end" else found[0]
    return None


def day(iso: str) -> str:
    """'2031-11-29' -> '29 November 2031'."""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"
