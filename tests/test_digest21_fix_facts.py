"""Round 21 reader findings on final24's digest (fix-facts): each test a class, passages written for it."""

from crawler.textclean import checked_text


def test_baltic_mojibake_residue_is_repaired_before_storing():
    """Class: UTF-8 Spanish read as Windows-1257 (`RepĆŗblica`, `ComitƩ`, `artĆculo`) that ftfy
    leaves half repaired; the digest and change page showed the residue (final24 3543)."""
    raw = (
        "Decreto Supremo que modifica la ResoluciĆ³n de la RepĆŗblica del PerĆŗ; el ComitƩ "
        "TĆ©cnico fija el arancel segĆŗn el artĆculo 4 para la importaciĆ³n de maƭz y aƱejo."
    )
    text, warning = checked_text(raw, "peru.txt")
    assert text == (
        "Decreto Supremo que modifica la Resolución de la República del Perú; el Comité "
        "Técnico fija el arancel según el artículo 4 para la importación de maíz y añejo."
    )
    assert warning and "mojibake" in warning


def test_polish_capital_c_acute_is_not_mojibake():
    """Near miss: a real `Ć` (Polish) beside letters or at a word's end stays as it is."""
    raw = "Zakład w Ćmielowie: ĆWIERĆ partii porcelany objęto cłem 6,5 % od 1 stycznia."
    assert checked_text(raw, "pl.txt") == (raw, None)
