"""A trade-remedy record of a measure another country applies to one's own exports: the Thai Department of Foreign
Trade's pages 'รายละเอียดการถูกใช้มาตรการของสินค้า' (details of a measure Thai goods are subjected to; its own
measures are 'รายละเอียดการใช้มาตรการ...') name the country that applies it in their field 'ประเทศ :' (country). That
country implements the measure, though every word around it is the Thai department's."""

from __future__ import annotations

import re

from nlp.countries.mention import CountryMention
from nlp.countries.names import find_country_names

# the record's heading, then its country field within the first lines
SUBJECTED_RECORD = re.compile(r"รายละเอียดการถูกใช้มาตรการ")
COUNTRY_FIELD = re.compile(r"^[ \t]*ประเทศ[ \t]*:[ \t]*(?P<name>[^\n]{2,80})$", re.M)
HEADING_REACH = 300  # the heading is the record's first line
FIELD_REACH = 1500


def applying_country(text: str) -> CountryMention | None:
    """The country a record of a measure on one's exports says applies it, with its field as evidence."""
    if "ถูกใช้มาตรการ" not in text[:HEADING_REACH] or not SUBJECTED_RECORD.search(text, 0, HEADING_REACH):
        return None
    field = COUNTRY_FIELD.search(text, 0, FIELD_REACH)
    if field is None:
        return None
    names = list(find_country_names(text, field.start("name"), field.end("name")))
    if len({name.code for name in names}) != 1:
        return None
    name = names[0]
    return CountryMention(name.code, "implementing", text[name.start : name.end], name.start, name.end)
