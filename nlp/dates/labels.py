"""The label a date is the value of: 'Effective Date: <date>' on its line, a table column's header, a field above.

Split from layout.py (which asks it through Layout.label): what a date's neighbours on its line and above say of it.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import TYPE_CHECKING

from nlp.text.tables import column_header

if TYPE_CHECKING:
    from nlp.dates.layout import Layout

LINE_BULLETS = " \t\u00a0-•*>|"
# fullmatch it; French as a tribunal's heading prints it ('le mercredi 15 février 2017')
WEEKDAY_PREFIX = re.compile(
    r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))"
    r"\s*,?\s*",
    re.I,
)
# a short line naming what was done that day, with no colon: "Determination issued", "Order and reasons issued",
# French "Ordonnance et motifs rendus"
# (a quota bulletin's field named for the event alone: "OPENING" / "July 1, 2031 12:01 AM Local Port time.")
CAPITALS_FIELD = re.compile(r"(?-i:[A-Z][A-Z ]{0,30}\b(?:DATE|DAY|TIME|DEADLINE)|(?:QUOTA )?OPENING)")
# the same field headed in title case without a colon (a web bulletin's 'Opening Day' / 'Monday, April 3, 2031.')
TITLE_CASE_FIELD = re.compile(r"(?-i:(?:[A-Z][a-z]+ ){1,3}(?:Date|Day|Time|Deadline))")
LABEL_ABOVE = re.compile(r"[A-Z][\w ,]{0,30}\b(?:issued|rendered|signed|made|adopted|rendue?s?)", re.I)
# a database record's validity field over a period left open ('Version validity' / '01/10/2031 - present'): its start
_FIELDS = json.loads(resources.files("nlp").joinpath("data/date_fields.json").read_text("utf-8"))
VALIDITY_FIELD = re.compile("|".join(_FIELDS["validity_field"].values()), re.I)
_OPEN_END_WORDS = sorted({word for words in _FIELDS["open_end"].values() for word in words}, key=len, reverse=True)
OPEN_END = re.compile(rf"[ \t\u00a0]*[-–][ \t\u00a0]*(?:{'|'.join(_OPEN_END_WORDS)})?[ \t\u00a0.]*", re.I)
# a Japanese notice's field over its date ('通関期限' / '令和22年3月31日': the customs clearance deadline)
CJK_FIELD = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{0,10}(?:期限|期日)")
# a database record's value led by the document symbol it was notified in: "G/MA/QR/N/XYZ/3 14/05/2031"
SYMBOL_PREFIX = re.compile(r"[ \t]*[A-Z]{1,5}/[A-Z0-9][\w./-]*/[\w.-]+[ \t]*")
DEFINITION_TERM = re.compile(r"[-•*][ \t]+[A-Z][\w ]{2,38}")
# A date in another calendar written before the same day's Gregorian date: "15/10/1461 H corresponding to 9/3/2039",
# "18 Jaistha, 1446 Bangabda / 01 June, 2039", "28 Kislev 5800 (14 December 2039)": the pair is one date.
OTHER_CALENDAR = re.compile(
    r"\d{1,2}(?:[/.-]\d{1,2}[/.-]|\s+[^\W\d][\w'’-]*\s*,?\s+)(?:1[3-4]\d{2}|5[7-9]\d{2}|2[5-6]\d{2})\s*"
    r"(?:A\.?\s?H\.?|H\.?|Hijri|Bangabda|B\.?\s?S\.?|B\.?\s?E\.?)?\s*(?:corresponding\s+to|[/=(,])\s*$",
    re.I,
)
# a second calendar's date on the line above, under the label ("Issued on: 12 Sha'ban 1461 H" / "Corresponding to:
# 10 March 2039"): the label above names the date
CORRESPONDING = re.compile(r"(?:corresponding\s+to|correspondant\s+au|الموافق)\s*:?\s*$", re.I)
LABEL_CELL = re.compile(r"^\|?\s*([^|\d]{2,40}?)\s*\|$")


# the weekday between a label and its date ("Sent: Tuesday, 4 March 2031"), shortened too ("Published: Mon 17th Nov 25")
LABEL_WEEKDAY = re.compile(
    r":\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?\s*,?\s*$", re.I
)
# a form's ticked box before its field ("[X] Notified measure in force - Date:", "☒ Date of adoption:")
CHECKBOX = re.compile(r"^\s*(?:\[\s*[Xx✓✔]?\s*\]|[☐☑☒■□])\s*")
DATES_LABEL = re.compile(r"^\s*DATES?\s*:")  # a Federal Register notice's own label
# the time a news page gives after its publication date ("Julkaisuajankohta 20.2.2025 9.16", "Published 4 May 2031
# 10:30"): part of the field's value
# (with its half of the day and its clock: "12:01 AM Local Port time", "8:30 a.m. EST", "noon Eastern Time")
TIME_AFTER = re.compile(
    r"^[ \t]*(?:klo[ \t]+|kl\.[ \t]+|at[ \t]+)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?![\d.])"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+(?:(?:[Ll]ocal(?:[ \t]+[Pp]ort)?|(?:Eastern|Central|Pacific|Mountain)"
    r"(?:[ \t]+(?:Standard|Daylight))?)[ \t]+[Tt]ime|[ECMP][SD]T|GMT|UTC)\b)?"
)
FORM_ITEM = re.compile(r"^(?:[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+(?=[^\W\d_])")
# a document symbol ending a line ('... the notification G/SG/N/8/IDN/33 -\n'): the sentence goes on below it
SYMBOL_AT_LINE_END = re.compile(r"\b[A-Z]{1,5}/[A-Z0-9][\w./-]*/[\w.-]+[ \t]*$")


# --- labels --------------------------------------------------------------------------------------
# a key-value row's left cell naming a date ("Date of Hearing | 29 October 2031 |", "| Effective date | <date> |"): the
# row's own label, before any column header (a two-column record has none; its first row would be read as one)
# (or a timetable's event with its time limit, under a bare 'Date' column: "Statement of Essential Facts (SEF) no
# later than | 11 April 2031 |", "Final report due by | <date> |": the event names the date, not the column)
ROW_LABEL = re.compile(
    r"(?:[^\W\d][\w’'-]*[ \t]+){0,4}(?:date|day|deadline)(?:[ \t]+(?:of|for)(?:[ \t]+[^\W\d][\w’'-]*){1,5})?"
    r"|[^\W\d][^|\n]{1,80}?[ \t](?:(?:no|not)[ \t]+later[ \t]+than|due(?:[ \t]+(?:by|on))?|on[ \t]+or[ \t]+before)",
    re.I,
)


def _row_label(prefix: str) -> str | None:
    cells = [cell.strip(LINE_BULLETS + ": ") for cell in prefix.split("|")]
    filled = [cell for cell in cells if cell]
    return filled[-1] if filled and ROW_LABEL.fullmatch(filled[-1]) else None


def label_of(layout: Layout, start: int, end: int) -> str | None:
    """The label a date is the value of: 'Effective Date: <date>', a table column, a line above."""
    line_start, line_end = layout.line_span(start)
    if start - line_start > 200:
        return None  # deep inside a long line: no label
    prefix = layout.text[line_start:start]
    rest = TIME_AFTER.sub("", layout.text[end : min(line_end, end + 60)].split("|")[0], count=1)
    if "|" in prefix:
        cell = prefix.rsplit("|", 1)[1]
        if not cell.strip(LINE_BULLETS + ":"):
            return _row_label(prefix) or column_header(layout.text, start)
        prefix = cell
    prefix = DATES_LABEL.sub("", CHECKBOX.sub("", prefix).strip(LINE_BULLETS))
    other_calendar = OTHER_CALENDAR.search(prefix)  # "Date: 15/10/1461 H corresponding to <date>"
    if other_calendar and prefix[: other_calendar.start()].rstrip().endswith(":"):
        prefix, rest = prefix[: other_calendar.start()], rest.replace(")", "", 1)
    prefix = LABEL_WEEKDAY.sub(":", prefix)  # "Sent: Tuesday, 4 March 2031 10:12": the weekday is the date's
    if not prefix.strip() or WEEKDAY_PREFIX.fullmatch(prefix) or SYMBOL_PREFIX.fullmatch(prefix):
        above = _term_above(layout, line_start)
        # "Issue date:" over its date; a tribunal's heading block "Reasons issued" / "Tuesday, May 6, 2031"
        # a bulletin's field headed in capitals: "OPENING DATE" / "Thursday May 2, 2031"
        labelled = (
            above.endswith(":")
            or (
                rest.strip(" .") == ""
                and any(field.fullmatch(above) for field in (LABEL_ABOVE, CAPITALS_FIELD, TITLE_CASE_FIELD, CJK_FIELD))
            )
            or (OPEN_END.fullmatch(rest) is not None and VALIDITY_FIELD.fullmatch(above) is not None)
        )
        if 0 < len(above) <= 40 and labelled:
            return above.rstrip(":").strip()
        # a table printed one cell per line: "| Date notice |" above "06/11/2031 |"
        cell = LABEL_CELL.match(above) if "|" in layout.text[end:line_end] else None
        return cell.group(1) if cell else None
    if CORRESPONDING.fullmatch(prefix.strip()):
        above = layout.previous_line(line_start)
        label, _, value = above.partition(":")
        if label.strip().lower() == "on":  # "Issued in Abu Dhabi:" / "On: 15 Rajab 1461 AH" / "Corresponding to:"
            label = layout.previous_line(layout.text.rfind("\n", 0, line_start - 1) + 1).rstrip(":")
        if value and OTHER_CALENDAR.search(value.strip() + " /") and len(label) <= 40:
            return label.strip()
    prefix = prefix.rstrip().rstrip("\"'")  # a quoted value: 'publication_date: "2031-05-04"'
    closed = prefix.rstrip().endswith(":")
    if len(prefix) > 50 or not (closed or len(rest.strip(" .;,)\u00a0\"'")) <= 2):
        return None
    label = prefix.strip().rstrip(":").strip()
    if not closed and label[:1].islower() and SYMBOL_AT_LINE_END.search(layout.previous_line(line_start)):
        return None  # 'G/SG/N/10/IDN/33' / 'dated 16 September 2031': a wrapped citation's date, no field
    if closed:  # a form's lettered or numbered field: "B.  Date of notification:", "4) Date of entry into force:"
        label = FORM_ITEM.sub("", label)
    # a republisher's metadata key names its date with underscores: "publication_date", "effective_on"
    return label.replace("_", " ")


def _term_above(layout: Layout, line_start: int) -> str:
    """The line above; in a web page's definition list ("- Version validity" / "-" / "01/10/2031 -") the term
    above the value's bare bullet, read as a label."""
    above = layout.previous_line(line_start)
    if above.strip(LINE_BULLETS):
        return above
    bullet_start = layout.text.rfind("\n", 0, layout.text.rfind("\n", 0, line_start)) + 1
    term = layout.previous_line(bullet_start) if layout.text[bullet_start:line_start].strip() == above else ""
    return term.lstrip(LINE_BULLETS) + ":" if DEFINITION_TERM.fullmatch(term) else above
