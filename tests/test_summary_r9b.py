"""What read badly in the digest of final12's 48 documents ingested as inbox files (issue 15, round 9 second pass):
each class pinned on passages written for these tests: other goods, countries, numbers and wording."""

import json

from digest.entry import summary_under
from nlp.runner import extract_one
from tariffwatch.store.shown_title import shown_title


def summary(text: str, jurisdiction: str | None = None) -> str:
    return extract_one({"text": text, "title": None, "jurisdiction": jurisdiction}, False)["summary"]


def test_a_negative_final_determination_reads_decides_not_to_impose_never_imposes():
    text = (
        "Notice Title\n\n"
        "Final Determination of Dumping Investigation: Galvanised Wire From Vietnam\n\n"
        "Pursuant to section 13(1) of the Dumping and Countervailing Duties Act 1988, I hereby give notice that I "
        "have made a final determination that the galvanised wire described in the Schedule is not dumped.\n\n"
        "Therefore anti-dumping duties will not be imposed.\n\n"
        "Dated at Wellington this 9th day of June 2031.\n"
    )
    assert summary(text, "NZ").startswith(
        "New Zealand decides not to impose an anti-dumping duty on galvanised wire from Vietnam."
    )


def test_a_usitc_notice_is_the_commissions_and_its_institution_opens_an_investigation_without_a_rate():
    text = (
        "Aluminum Foil Trays From Thailand; Institution of Anti-Dumping Duty Investigation and Scheduling of "
        "Preliminary Phase Investigation\n\n"
        "INTERNATIONAL TRADE COMMISSION\n\n"
        "The Commission hereby gives notice of the institution of an investigation to determine whether an industry "
        "in the United States is materially injured by reason of imports of aluminum foil trays from Thailand, "
        "alleged to be sold at less than fair value with margins of 41.5 percent. Unless the Department of Commerce "
        "extends the time for initiation, the Commission must reach a preliminary determination in 45 days.\n"
    )
    assert summary(text).startswith(
        "The US International Trade Commission opens an investigation into an anti-dumping duty on aluminum foil "
        "trays from Thailand."
    )


def test_goods_named_at_length_read_by_their_head_before_the_first_comma():
    text = (
        "Taxation notice 2031/07: anti-dumping duty on certain seamless tubes, hot-finished or cold-drawn, of iron "
        "or steel, of a kind used for boilers or heat exchangers and with an outside diameter exceeding 406 mm "
        "originating in Ukraine\n\n"
        "This notice gives effect to the trade remedies measure on seamless tubes from Ukraine from 4 May 2031.\n"
    )
    assert summary(text, "GB").startswith("The UK announces an anti-dumping duty on seamless tubes from Ukraine")


def test_a_ban_is_imposed_and_the_end_of_a_chapter_ends_nothing():
    ban = (
        "Norma 12\n\nThe Ministry hereby declares that the import of live parrots under heading 0106 is "
        "prohibited with effect from 3 March 2031.\n"
    )
    inserted = (
        "Notification No.88/2015-2020 New Delhi, Dated the 4th May, 2031\n\n"
        "In exercise of powers conferred by Section 3 of FT (D&R) Act, 1992, the Central Government hereby inserts "
        "the following Policy Condition at the end of Chapter 05: Import of ivory, in any form, is prohibited.\n"
    )
    assert " bans " not in summary(ban) and " imposes an import ban" in summary(ban)  # importation alone: round 20
    assert "India ends" not in summary(inserted)


def test_a_turkish_title_in_capitals_is_quoted_in_title_case_with_turkish_letters():
    text = (
        "Ticaret Bakanlığından: 14.03.2027-33012 Resmi Gazete DIŞ TİCARETTE RİSK ESASLI KONTROL SİSTEMİNE İLİŞKİN TEBLİĞ "
        "(TEBLİĞ NO: 2027/9) Amaç ve kapsam MADDE 1 – (1) Bu Tebliğin amacı, 7208 gümrük tarife pozisyonunda "
        "sınıflandırılan ürünlerin ithalatında kontrol usullerinin belirlenmesidir.\n"
    )
    # the line a web copy ran together (header, title, first article) is not quoted after it
    assert summary(text) == (
        "Türkiye issues a notice, ‘Dış Ticarette Risk Esaslı Kontrol Sistemine İlişkin Tebliğ’ (TEBLİĞ NO: 2027/9)"
        " (1 tariff code)."
    )


def test_an_acts_name_in_capitals_is_quoted_in_title_case_with_its_acronyms_as_printed():
    text = (
        "CUSTOMS (EU EXIT) ORDINANCE, No. 4 OF 2031\n\nOrder under section 7\n\n"
        "By virtue of the powers vested in me by section 7 of the Customs (EU Exit) Ordinance, I, Minister of "
        "Finance, do hereby make this Order. This Order shall come into effect from June 2, 2031.\n"
    )
    assert "Customs (EU Exit) Ordinance, No. 4 of 2031 Order under section 7" in summary(text)


def test_a_bulletins_fields_run_together_are_not_quoted_as_its_sentence():
    text = (
        "QUOTA PERIOD\n"
        "April 1, 2031, through March 31, 2032\n"
        "OPENING DATE\n"
        "Monday, April 1, 2031\n"
        "Entries filed before the opening time will not be counted towards the opening.\n"
        "RESTRAINT LEVEL\n"
        "Costa Rica | 1,250,000 kg |\n"
    )
    assert "OPENING DATE" not in summary(text, "US")


def test_a_heading_made_from_the_summarys_lead_leaves_the_code_count_to_the_codes_line():
    document = {"title": "1207.txt", "metadata": json.dumps({"title_guessed": True, "filename": "1207.txt"})}
    lead = "The US announces a tariff quota from 1 April 2031 until 31 March 2032 (4 tariff codes). Entries …"
    assert (
        shown_title(document, None, None, lead)
        == "The US announces a tariff quota from 1 April 2031 until 31 March 2032"
    )


def test_the_summary_under_a_heading_made_from_its_lead_does_not_say_the_lead_again():
    heading = "The US announces a tariff quota from 1 April 2031 until 31 March 2032"
    assert summary_under(f"{heading} (4 tariff codes).", heading) is None
    assert summary_under(f"{heading} (4 tariff codes). Entries filed early are not counted.", heading) == (
        "Entries filed early are not counted."
    )
    assert summary_under(f"{heading} (4 tariff codes); it also concerns rules of origin. More.", heading) == (
        "It also concerns rules of origin. More."
    )


def test_a_classification_regulation_classifies_goods_rather_than_announcing_customs_changes():
    text = (
        "COMMISSION IMPLEMENTING REGULATION (EU) 2031/412\n\nof 9 April 2031\n\nconcerning the classification of "
        "certain goods in the Combined Nomenclature\n\nTHE EUROPEAN COMMISSION,\n\nHaving regard to the Treaty,\n\n"
        "HAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe goods described in column (1) of the table in the Annex "
        "shall be classified within the Combined Nomenclature under CN code 8543 70 90.\n\nArticle 2\n\n"
        "This Regulation shall enter into force on the twentieth day following that of its publication in the "
        "Official Journal of the European Union.\n"
    )
    assert summary(text, "EU").startswith("The European Commission classifies goods in the Combined Nomenclature")
