"""Round 26's speed cut in nlp/text/matter.py: a matter block's patterns are searched only where the stretch holds one
of the block's leads ('IN THE MATTER OF', 'EU ÉGARD À'), which every match holds. Pinned by the plain searches at every
offset of passages written for this test (passes on the tree before the cut too)."""

from nlp.text.matter import MATTER_LEAD, MATTER_LEAD_ANYWHERE, MATTER_REACH, in_matter_heading, matter_headings

ORDER = (
    "CANADIAN INTERNATIONAL TRADE TRIBUNAL\n\n"
    "IN THE MATTER OF an expiry review, pursuant to subsection 76.03(3) of the Special Import Measures Act, of the "
    "order made on May 3, 2031, concerning:\n"
    "THE DUMPING OF STEEL WIRE ROD ORIGINATING IN OR EXPORTED FROM RURITANIA\n\n"
    "ORDER\n\nThe Tribunal hereby continues its order in respect of the aforementioned goods.\n"
)
FRENCH = (
    "TRIBUNAL CANADIEN DU COMMERCE EXTÉRIEUR\n\n"
    "EU ÉGARD À un réexamen relatif à l'expiration de l'ordonnance rendue le 3 mai 2031 concernant :\n\n"
    "LE DUMPING DE FIL MACHINE EN ACIER ORIGINAIRE OU EXPORTÉ DE LA RURITANIE\n"
)
PASSAGES = [
    ORDER,
    FRENCH,
    "A surtax of 25 % is imposed on widgets.\nIn the matter of the review concerning:\nWIDGETS\n",  # lower case: no lead
    "IN THE MATTER OF\nconcerning:\nGOODS",
    "",
    "\n" * 3,
]


def _plain_heading(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    if line_start == 0:
        return False
    return MATTER_LEAD.search(text, max(0, line_start - MATTER_REACH), line_start) is not None


def _plain_headings(text: str, end: int) -> list[tuple[int, int]]:
    spans = []
    for lead in MATTER_LEAD_ANYWHERE.finditer(text, 0, end):
        line_end = text.find("\n", lead.end())
        spans.append((lead.end(), len(text) if line_end < 0 else line_end))
    return spans


def test_every_offset_reads_as_the_plain_search():
    """Class: at every offset and every end, alone and after a long filler (the lead out of reach, then in it)."""
    filler = "Background paragraph without any block.\n" * 40
    for passage in PASSAGES:
        for text in (passage, filler + passage, passage + filler):
            for offset in range(len(text) + 1):
                assert in_matter_heading(text, offset) == _plain_heading(text, offset)
            for end in range(0, len(text) + 1, 7):
                assert matter_headings(text, end) == _plain_headings(text, end)


def test_the_heading_under_a_block_is_found():
    heading = ORDER.index("THE DUMPING")
    assert in_matter_heading(ORDER, heading + 10)
    assert not in_matter_heading(ORDER, ORDER.index("The Tribunal"))
    assert matter_headings(ORDER, len(ORDER)) == [(heading, ORDER.index("\n", heading))]
    french = FRENCH.index("LE DUMPING")
    assert in_matter_heading(FRENCH, french)
    assert [start for start, _ in matter_headings(FRENCH, len(FRENCH))] == [french]
