"""The document's own title, read from its text, never from a page header (its number: identifiers.py).

An EU act's title is its designation ('COMMISSION IMPLEMENTING REGULATION (EU) 2022/58 of …
imposing …') up to the enacting authority; a Federal Register notice's is its subject, the
lines before 'AGENCY:' after the agency names; otherwise the first line that reads as a title
(not a page header, a sentence, a table row or 'Article 1'). Patterns: data/titles.json.
"""

from __future__ import annotations

import re

from nlp.text.layout import Layout
from nlp.text.patterns import guarded, remembered_for_the_last_text
from nlp.text.prefilter import may_occur
from nlp.titles import headlines, shapes
from nlp.titles.bulletins import opens_a_bulletin, precis_of_its_sections
from nlp.titles.case_codes import case_heading_end, is_case_code
from nlp.titles.flattened import flat_titled_subject
from nlp.titles.glued_dates import without_a_glued_date
from nlp.titles.labelled import front_matter_title, letter_subject
from nlp.titles.patterns import TextMention, number_span, title_patterns
from nlp.titles.registers import heads_a_register

OPENING_CHARS = 4000  # a title stands at the top
MAX_TITLE_CHARS = 700
# A Mexican decree's title names every decree it amends ('DECRETO por el que se modifica la Tarifa de la Ley …, el
# Decreto para …, … y los diversos por los que se establecen aranceles-cupo'): longer than any other title line.
LONG_DECREE_TITLE = re.compile(r"(?:DECRETO|ACUERDO)\s+por\s+el\s+que\s+se\s+(?:modifica|reforma)n?\b")
MAX_DECREE_TITLE_CHARS = 1200
MIN_TITLE_WORDS = 2


def find_title(text: str, layout: Layout) -> TextMention | None:
    title = (
        _labelled_title(text, layout)
        or _field_title(front_matter_title(text), text)
        or _field_title(letter_subject(text), text)
        or _notice_heading_above(text, layout, _act_title(text, layout))
        or _notice_subject(text, layout)
        or _designated_title(text, layout)
        or _first_title_line(text, layout)
        or _short_title_line(text)
    )
    if title is not None and title.kind == "line":
        title = _cited_title_lines_below(text, title) or title  # a parent Act's name over the order's own title
    return without_a_glued_date(_cited_title(text, title) or title)


EUR_LEX_PAGE = re.compile(r"excerpt from the EUR-Lex website|^Document \d{5}[A-Z]{1,2}\d{4}", re.M)
NOTICE_HEADING = re.compile(rf"(?:{'|'.join(shapes.titles_data()['notice_headings']['words'])})\b")


def _notice_heading_above(text: str, layout: Layout, act: TextMention | None) -> TextMention | None:
    """A notice headed by its own title line ('Notice of determination 2020/19: anti-dumping duty on …',
    'Notice of the expiry of certain anti-subsidy measures') that then cites the acts it concerns in full:
    its heading is its title, not the first act cited below it."""
    if act is None:
        return None
    # its heading line, or the line over its C-series number when a masthead in table cells hides the heading
    for line in (_first_title_line(text, layout), _designated_title(text, layout)):
        if line is not None and line.end <= act.start and NOTICE_HEADING.match(line.text):
            return line
    return act


def _labelled_title(text: str, layout: Layout) -> TextMention | None:
    """A record page's title field: its value on the label's line ('Title:Quota processing …') or on the next line
    with text ('Notice Title' / 'Notice of Initiation: …'); a label whose value is no title line gives none."""
    label = title_patterns().title_label.search(text, 0, min(len(text), OPENING_CHARS))
    if label is None or layout.kind_at(label.start()) == "footnote":
        return None
    if label.group("value") and title_patterns().issue_only.match(label.group("value")):
        return None
    if label.group("value"):
        return _mention(text, label.start("value"), _wrapped_lines_end(text, label.end("value")), kind="labelled")
    following = NEXT_LINE.match(text, label.end())
    if following is None or _not_a_title_line(following.group(1).strip()):
        return None
    subject = label.group(0).lstrip().startswith(("SUBJECT", "Subject"))  # a subject's value may end in a full stop
    if not subject and title_patterns().not_title.match(following.group(1).strip()):  # '1. This notice is the …'
        return None
    return _mention(text, following.start(1), _wrapped_lines_end(text, following.end(1)), kind="labelled")


def _field_title(span: tuple[int, int] | None, text: str) -> TextMention | None:
    return _mention(text, *span, kind="labelled") if span else None


def _designated_title(text: str, layout: Layout) -> TextMention | None:
    """The earliest title a designation announces in the opening ('RESOLUCIÓN por la que …', 'NOTIFICATION
    UNDER ARTICLE …', an order after its parent act, 'PERINTAH … 2023', '… İLİŞKİN TEBLİĞ')."""
    for match in title_patterns().designated.finditer(text[:OPENING_CHARS]):
        start, end = number_span(match)  # the one 'title' group that matched
        if layout.kind_at(start) not in ("header", "footnote"):
            return _mention(text, *headlines.fuller_repeat(text, start, end), kind="designated")
    return None


def _cited_title(text: str, title: TextMention | None) -> TextMention | None:
    """The short title the act gives itself ('may be cited as X'), when the title line found carries X
    among other words (a publisher's banner run into the title on one line)."""
    if title is None or title.kind not in ("line", "designated"):
        return None
    clause = _cited_as_clause(text)
    if clause is None:
        return None
    cited = " ".join(clause.group("title").split())
    if title.kind == "designated":  # a designated title is the whole title: the clause only gives its case
        if cited.lower() != title.text.lower():
            return None
    elif cited.lower() not in title.text.lower() or len(cited) >= len(title.text):
        return None
    elif title.text.lower() == f"the {cited.lower()}":
        return None  # the title line as printed ('The Customs (…) Regulations 2031'): nothing to cut
    return TextMention(cited, clause.start("title"), clause.start("title") + len(clause.group("title")))


@remembered_for_the_last_text  # the title line and the short title both read it from the same opening
def _cited_as_clause(text: str) -> re.Match | None:
    """The first citation clause ('may be cited as'); the opener 'This Order is the …' only where there is none."""
    clauses = list(title_patterns().cited_as.finditer(text, 0, min(len(text), OPENING_CHARS)))
    return next((clause for clause in clauses if clause["opener"] is None), clauses[0] if clauses else None)


def _short_title_line(text: str) -> TextMention | None:
    """The short title the act gives itself ('may be cited as X'), printed as a line of its own above the clause:
    the title where a portal's banner sentences open the text and hide it from the first-line reading."""
    clause = _cited_as_clause(text)
    if clause is None:
        return None
    cited = " ".join(clause.group("title").split()).lower()
    for start, end in shapes.lines_between(text, 0, clause.start()):
        if " ".join(text[start:end].split()).lower() in (cited, f"the {cited}"):
            return _mention(text, start, end)
    return None


CITED_LINES = 3  # how many printed lines a short title may be wrapped over


def _cited_title_lines_below(text: str, title: TextMention) -> TextMention | None:
    """The short title the act gives itself, printed over one to three lines below the title line found and above
    its clause ('Customs Act' / 'Customs (Duties)' / '(Amendment) Order 2031' / … 'This Order is the Customs (Duties)
    (Amendment) Order 2031'): the line found is the parent Act's name, the lines are the title."""
    clause = _cited_as_clause(text)
    if clause is None or clause.start() < title.end:
        return None
    cited = " ".join(clause.group("title").split()).lower()
    if cited == title.text.lower():
        return None
    lines = [span for span in shapes.lines_between(text, title.end, clause.start()) if text[slice(*span)].strip()]
    for first in range(len(lines)):
        for last in range(first, min(first + CITED_LINES, len(lines))):
            joined = " ".join(text[lines[first][0] : lines[last][1]].split()).lower()
            if joined in (cited, f"the {cited}"):
                return _mention(text, lines[first][0], lines[last][1])
    return None


def _act_title(text: str, layout: Layout) -> TextMention | None:
    """The longest act designation in the opening, up to the enacting authority or paragraph end."""
    patterns, best = title_patterns(), None
    opening_end = _opening_end(text, layout)
    first_article = shapes.FIRST_ARTICLE.search(text, 0, opening_end)
    opening_end = first_article.start() if first_article else opening_end  # an act's title stands above its articles
    copies: set[int] = set()
    best_key = (False, 0)
    register_page = bool(EUR_LEX_PAGE.search(text, 0, 600))
    for match in patterns.act.finditer(text, 0, opening_end) if may_occur(patterns.act, text) else ():
        if layout.kind_at(match.start()) in ("header", "footnote"):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not patterns.act_may_follow.search(text, max(0, line_start - 1), match.start()):
            continue  # an act cited inside a sentence, not a title
        end = shapes.before_prose(text, match.start(), shapes.title_block_end(text, match.start(), opening_end))
        if not text[match.end() : end].strip():
            continue  # a designation alone on its line, prose below: an act the text reports, not its title
        if shapes.cited_with_its_journal(text, match.start()):
            continue  # '… Durchführungsbeschluss (EU) 2031/77 …; ABl. L 71 vom 13. März 2031, S. 9.': an item's act
        stop = patterns.title_ends.search(text, match.start(), end)
        end = stop.start() if stop else end
        again = text[match.end() : end].lower().find("\n" + match.group(0).lower())
        end = match.end() + again if again >= 0 else end  # a register page repeats the title: once is enough
        if match.start() in copies:
            continue  # the same act's title again in the copy's other language
        copy = shapes.other_language_copy(text, title_patterns().act, match, end, number_span)
        if copy < end:
            copies.add(copy + len(text[copy:end]) - len(text[copy:end].lstrip()))
        # a register page's English heading over the act's title in its own language is the site's banner
        banner = register_page and copy < end
        end = copy
        candidate = _mention(text, match.start(), end, kind="act")
        key = (not banner, len(candidate.text)) if candidate else best_key
        if candidate and (best is None or key > best_key):
            best, best_key = candidate, key
    return best


def _opening_end(text: str, layout: Layout) -> int:
    """Where the title block must end: the preamble (enacting authority) or the opening's end."""
    for start, _, kind in layout.zones():
        if kind in ("preamble", "recitals", "operative") and start > 0:
            return min(start, OPENING_CHARS)
    return min(len(text), OPENING_CHARS)


FR_CAPTION = re.compile(r"^[ \t]*(?:AGENCY|ACTION|SUMMARY|DATES?|FOR FURTHER INFORMATION CONTACT):", re.M)


def _over_furniture(text: str, end: int) -> bool:
    following = shapes.NEXT_NONBLANK_LINE.match(text, end)
    return bool(following and is_furniture_line(following.group(1)))


def is_furniture_line(line: str) -> bool:
    """A portal's or republisher's line around a document ('Skip to content', an online tariff's banner)."""
    return bool(title_patterns().furniture.match(line.strip()))


def _not_a_title_line(line: str) -> bool:
    patterns = title_patterns()
    if patterns.furniture.match(line):
        return True
    return bool(patterns.agency_line.match(line)) and not shapes.headline_after_agency(line)


# A notice flattened into running text by a republisher: its subject in capitals runs straight into 'AGENCY:'
# ('U.S. Customs and Border Protection ◆ PROPOSED REVOCATION OF TWO RULING LETTERS … AGENCY: U.S. Customs …').
# Its last words may be an abbreviation in brackets ('… SCHEDULE OF THE UNITED STATES (HTSUS) AGENCY: …').
FLAT_SUBJECT = guarded(
    r"(?P<subject>\b[A-Z][A-Z0-9,'’()&/.-]*(?:[ \t]+\(?[A-Z0-9][A-Z0-9,'’()&/.-]*){3,60})[ \t]+AGENCY:"
)


def _notice_subject(text: str, layout: Layout) -> TextMention | None:
    """A Federal Register notice: the lines before 'AGENCY:', after agency names and docket lines."""
    end = min(len(text), OPENING_CHARS)
    if text.find("AGENCY:", 0, end) < 0:
        return None  # no subject without its 'AGENCY:' (each run of capitals would be tried up to it)
    if not re.search(r"^[ \t]*AGENCY:", text[:OPENING_CHARS], re.M):
        flat = FLAT_SUBJECT.search(text, 0, end)
        span = flat.span("subject") if flat else flat_titled_subject(text, end)
        return _mention(text, *span, kind="subject") if span else None
    caption = FR_CAPTION.search(text[:OPENING_CHARS])  # a republished page may put SUMMARY: first
    run: list[tuple[int, int]] = []
    for start, end in shapes.lines_between(text, 0, caption.start()):
        line = text[start:end].strip()
        if not line:
            continue
        if layout.kind_at(start) in ("header", "footnote") or _not_a_title_line(line):
            run = []
            continue
        if run and text[run[-1][1] : start].count("\n") > 1:
            run = []  # a blank line ends the subject paragraph
        run.append((start, end))
    return _mention(text, run[0][0], run[-1][1], kind="subject") if run else None


def _first_title_line(text: str, layout: Layout) -> TextMention | None:
    patterns, agency_goes_on, crumbs_end, case_code = title_patterns(), False, 0, None
    for start, end in shapes.lines_between(text, 0, min(len(text), OPENING_CHARS)):
        line = text[start:end].strip()
        if not line or start < crumbs_end:
            continue
        case_code, code_above = (start if is_case_code(line) else None), case_code
        crumbs_end = shapes.breadcrumb_end(text, start)
        if crumbs_end or layout.kind_at(start) in ("header", "footnote"):
            continue  # a site's numbered breadcrumb ('1. Home' / '2. Trade' / …) over the page, a page header
        if shapes.bulletin_fields_open(text, line, end):
            return None  # a record of fields ('COMMODITIES' / its value / 'QUOTA PERIOD'): its heading is not stored
        if agency_goes_on:  # 'The Parliament of the' / 'Commonwealth of Australia': one name over two lines
            agency_goes_on = False
            continue
        if patterns.always_title.match(line) or shapes.page_title_over_its_cover(text, line, end):
            return _mention(text, start, _title_lines_end(text, end))
        if _not_a_title_line(line) and not shapes.capitals_title(text, start, end, line, patterns):
            agency_goes_on = bool(patterns.agency_line.match(line) and shapes.AGENCY_GOES_ON.search(line))
            continue
        if shapes.a_list_item(text, start, end):
            return None  # a page listing several items ('• “Amendment to …”' twice): no title of its own
        if heads_a_register(text, line, end):
            return None  # a register's heading over the table of the instruments it lists
        number = patterns.opening_numbers.match(line)
        if number and patterns.untitled.match(line):
            return None  # an instrument without a title: a portal's summary under its heading is none
        if number and shapes.only_a_date_after(line[number.end() :]) or shapes.DATE_LINE.match(line):
            continue  # the document's number or date on its own line ('Resolución 410/2015') is not its title
        if len(line.split()) < MIN_TITLE_WORDS and shapes.BRAND_WORD.fullmatch(line):
            continue  # a site's name over the page it republishes ('LexPortal')
        if shapes.word_count(line) < MIN_TITLE_WORDS and (
            headlines.a_dateline_follows(text, end) or _over_furniture(text, end)
        ):
            # a news page's site name over its dateline ('Tullverket' / '2031-10-06'), not a Thai headline; or over
            # the page's labels when its date field is empty ('Tullverket' / 'Publicerad:' / 'Nyhet')
            continue
        if shapes.site_residue(text, line, end) or headlines.section_over_headline(text, line, end):
            continue  # a portal's navigation word in lower case over the title ('map Central'), a section label
        sentence = (
            patterns.not_title.match(line)
            and not precis_of_its_sections(text, line, end)
            and not headlines.headline_repeated_below(text, line, end)
        ) or line.endswith("。")  # a Chinese or Japanese title never ends with a full stop: a news item's lead does
        if sentence or shapes.word_count(line) < MIN_TITLE_WORDS or len(line) > _longest_title(line):
            return None  # the text opens with a sentence or a section: it has no title line
        if opens_a_bulletin(text, start, patterns.bulletin_words):
            return None  # the first item's heading of a bulletin of short items
        title_start, title_end = headlines.fuller_repeat(text, start, _title_lines_end(text, end))
        if code_above is None:
            return _mention(text, title_start, title_end)
        return _mention(text, code_above, case_heading_end(text, start, title_end))
    return None


def _longest_title(line: str) -> int:
    return MAX_DECREE_TITLE_CHARS if LONG_DECREE_TITLE.match(line) else MAX_TITLE_CHARS


MAX_TITLE_LINES = 4
# a blog's category and date line under its headline (a furniture line too, data/titles.json)
BLOG_DATE_LINE = re.compile(
    r"(?i:blog|news|article|post|insights?)\s*\|\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
)
NEXT_LINE = shapes.NEXT_LINE
YEAR_END = re.compile(r"\b(?:19|20)\d\d$")


def _title_lines_end(text: str, end: int) -> int:
    """The end of a title printed over several lines, blank lines between them allowed."""
    patterns, lines = title_patterns(), 1
    while lines < MAX_TITLE_LINES:
        following = NEXT_LINE.match(text, end)
        if following is None:
            return end
        line, nextline = text[text.rfind("\n", 0, end) + 1 : end].strip(), following.group(1).strip()
        if (
            not (shapes.goes_on(line, nextline, patterns) or _wrapped_on(text, end, following))
            or len(nextline) > MAX_TITLE_CHARS
            or BLOG_DATE_LINE.match(nextline)  # 'blog | Nov 18, 2031', though it opens in lower case
            or shapes.repeats_the_title(line, nextline)
            # a title complete with its year ('… ORDER 2025') does not run into the number under it ('P.U. (A) 57')
            or (YEAR_END.search(line) and patterns.opening_numbers.match(nextline))
        ):
            return end
        end, lines = following.end(1), lines + 1
    return end


def _wrapped_on(text: str, end: int, following: re.Match) -> bool:
    """A wrapping broke the title here, and the next line is no page furniture ('Download as PDF')."""
    return shapes.wrapped_on(text, end, following) and not _not_a_title_line(following.group(1).strip())


def _wrapped_lines_end(text: str, end: int) -> int:
    """The end of a labelled title a hard wrapping broke over lines."""
    for _ in range(MAX_TITLE_LINES - 1):
        following = NEXT_LINE.match(text, end)
        if following is None or not _wrapped_on(text, end, following):
            return end
        end = following.end(1)
    return end


LEADING_MARKS = re.compile(r"\s*(?:[^\w\s(\[“\"'‘«¿¡§$€£][ \t]*)*")


def _mention(text: str, start: int, end: int, kind: str = "line") -> TextMention | None:
    raw = text[start:end]
    suffix = title_patterns().title_suffix.search(raw)
    raw = raw[: suffix.start()] if suffix else raw
    prefix = title_patterns().title_prefix.match(raw)
    if prefix:
        raw, start = raw[prefix.end() :], start + prefix.end()
    stripped = shapes.without_unpaired_close(raw.rstrip(" \t\n.;,*_"))
    lead = LEADING_MARKS.match(stripped)  # a bullet or a markdown heading's marks before it ('◆ NOTICE OF …', '# X')
    stripped, start = stripped[lead.end() :], start + lead.end()
    if _wrapped_in_quotes(stripped):  # an epigraph in quotation marks ('“Por la cual se dispone …”')
        stripped, start = stripped[1:-1], start + 1
    collapsed = " ".join(stripped.split())
    if len(collapsed.split()) < MIN_TITLE_WORDS and not shapes.CJK.search(collapsed):
        return None  # a title in Chinese or Japanese writes its words without spaces
    return TextMention(collapsed, start, start + len(stripped.strip()), kind)


QUOTE_PAIRS = {"“": "”", "«": "»"}


def _wrapped_in_quotes(title: str) -> bool:
    """The whole title between one pair of quotation marks, none inside it."""
    close = QUOTE_PAIRS.get(title[:1])
    return bool(close) and title.endswith(close) and title.count(title[0]) == 1 and title.count(close) == 1
