"""The year-first date forms the rule files write (`year_first` in nlp/data/date_rules.*.yaml): what follows the year,
with its `day` and `month` groups and `{month}` for every month name. Kazakh "2031 жылғы 1 қаңтардағы", Uzbek
"2031-yil 1-iyuldan", Georgian "2031 წლის 1 იანვრიდან", Mongolian "2031 оны 7 дугаар сарын 1". The forms of all
languages are one pattern (nlp/dates/finder.py searches it in the lower-cased text), each form's groups renamed so that
they stay apart; finder.py reads "day_y0" as the day."""

from __future__ import annotations

import re

from nlp.dates.rules import date_rules
from nlp.text.patterns import guarded


def year_first_data_form(month: str) -> re.Pattern:
    """One pattern for every rule file's year-first forms; `month` is the alternation of month names."""
    forms = date_rules().year_first or ["(?!)"]
    renamed = [_renamed(form, index, month) for index, form in enumerate(forms)]
    return guarded(r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?:" + "|".join(renamed) + ")")


def _renamed(form: str, index: int, month: str) -> str:
    form = form.replace("{month}", f"(?:{month})")
    return form.replace("(?P<day>", f"(?P<day_y{index}>").replace("(?P<month>", f"(?P<month_y{index}>")
