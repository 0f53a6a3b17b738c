"""The rest of the world's measure types and dates (issue 15, round 18, read21-world): the classes its misses showed.
Measures: a gazette index's entry stamped with a script's date string ('Thu Jun 22 2031 00:00:00 GMT+0000 (Coordinated
Universal Time)') over its title took the title's place, so the remedy the title names (a Thai expiry review of an
anti-dumping duty) stood only in an inert sentence; the stamp is page furniture, the title is the line under it, and
the stamp is the day the entry was published. Dates: a notice that duties 'ceased to be payable with effect from' a
day a few days before it (the termination's day, not history); 'through' as 'by means of' ('through the Gazette
Extraordinary issued on …') ends nothing; a WTO document's symbol with its date hard-wrapped onto the next line
('G/SG/N/10/XYZ/3' / 'dated 16 September 2031') is that document's date, no field of this one; the days proposed for
consultations ('take place … on 23 September to 26 September') are no period of an act. Every passage is written for
these tests."""

from tests.fact_readers import dates, measures, title


def scored_dates(text: str) -> list[tuple[str, str]]:
    return [item for item in dates(text) if item[0] not in ("other", "registration")]


# --- a gazette index's date stamp -----------------------------------------------------------------------------------

THAI_INDEX_ENTRY = (
    "Tue Mar 11 2031 00:00:00 GMT+0000 (Coordinated Universal Time)\n\n"
    "ประกาศกรมการค้าต่างประเทศ เรื่อง การทบทวนความจำเป็นในการใช้บังคับอากรตอบโต้การทุ่มตลาดต่อไป "
    "กรณีสินค้าท่อเหล็กกล้าไร้สนิม ที่มีแหล่งกำเนิดจากสาธารณรัฐประชาชนจีน พ.ศ. 2574\n\n"
    "ประกาศกรมการค้าต่างประเทศ เรื่อง การทบทวนความจำเป็นในการใช้บังคับอากรตอบโต้การทุ่มตลาดต่อไป "
    "กรณีสินค้าท่อเหล็กกล้าไร้สนิม\n"
)


def test_a_script_date_stamp_over_an_index_entry_is_no_title():
    assert title(THAI_INDEX_ENTRY).startswith("ประกาศกรมการค้าต่างประเทศ เรื่อง การทบทวน")


def test_the_remedy_an_index_entrys_title_names_is_acted_on():
    assert measures(THAI_INDEX_ENTRY) == ["anti_dumping"]


def test_a_script_date_stamp_over_an_index_entry_is_its_publication():
    assert scored_dates(THAI_INDEX_ENTRY) == [("publication", "2031-03-11")]


def test_a_script_date_stamp_in_another_zone_is_still_the_stamp():
    text = "Fri Oct 03 2031 00:00:00 GMT+0700 (Indochina Time)\n\nNotice of the Department of Foreign Trade\n"
    assert scored_dates(text) == [("publication", "2031-10-03")]


# --- dates ----------------------------------------------------------------------------------------------------------


def test_duties_that_ceased_to_be_payable_days_before_the_notice_end_then():
    text = (
        "Cessation of Anti-dumping Duties on Galvanised Wire From Ruritania\n"
        "The Chief Executive gives notice that anti-dumping duties on galvanised wire from Ruritania ceased to be "
        "payable with effect from 4 May 2031.\n"
        "Dated at Wellington this 9th day of May 2031.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-05-09"), ("entry_into_force", "2031-05-04")]


def test_duties_that_ceased_to_be_payable_long_before_the_notice_are_history():
    text = (
        "The anti-dumping duties on galvanised wire from Ruritania ceased to be payable with effect from 4 May 2029.\n"
        "Dated at Wellington this 9th day of May 2031.\n"
    )
    assert scored_dates(text) == [("document_date", "2031-05-09")]


def test_through_a_gazette_issued_on_a_day_ends_nothing():
    text = (
        "The Ministry said that no new levy was imposed on sugar through the Gazette Extraordinary issued on "
        "March 3, 2031.\n"
    )
    assert ("application_end", "2031-03-03") not in dates(text)


def test_a_levy_in_force_through_a_day_still_ends_then():
    text = "The special commodity levy on sugar applies through March 31, 2031.\n"
    assert scored_dates(text) == [("application_end", "2031-03-31")]


def test_a_wto_symbol_with_its_date_on_the_next_line_is_that_documents_date():
    text = (
        "The Committee has circulated the notification G/SG/N/8/RUR/4 - G/SG/N/10/RUR/4\n"
        "dated 16 September 2031\n"
        "by Ruritania concerning a proposed safeguard measure on steel wire.\n"
    )
    assert dates(text) == [("other", "2031-09-16")]


def test_a_dated_line_under_an_agency_line_is_still_the_documents_date():
    text = "MINISTRY OF TRADE\nNotice No. 4 of 2031\nDated: 16 September 2031\n\nThe duty on steel wire is extended.\n"
    assert ("document_date", "2031-09-16") in dates(text)


def test_days_proposed_for_consultations_are_no_period_of_an_act():
    text = (
        "Ruritania would like to propose that the consultations take place virtually on 3 March to 6 March 2031 or "
        "on a mutually convenient date.\n"
    )
    assert scored_dates(text) == []


# --- Arabic: codes, dates and rates of a decree reported in the press ------------------------------------------------

from tests.fact_readers import rates  # noqa: E402


def codes(text: str) -> list[str]:
    from nlp.pipeline import analyse

    return [mention.code for mention in analyse(text)._.codes]


def test_arabic_dual_customs_items_name_both_headings():
    text = "قرر الوزير إخضاع الواردات من الصلب التي تندرج تحت البندين الجمركيين رقم 7208، 7209 لرسم وقائي نهائي.\n"
    assert codes(text) == ["7208", "7209"]


def test_arabic_headings_joined_by_and():
    text = "تخضع الواردات المندرجة تحت البنود الجمركية رقم 7208 و 7209 لرسم وقائي.\n"
    assert codes(text) == ["7208", "7209"]


def test_arabic_of_the_year_between_month_and_year():
    text = "يطبق الرسم الوقائي حتى 13 أكتوبر لعام 2032.\n"
    assert ("application_end", "2032-10-13") in dates(text)


def test_arabic_amount_on_a_tonne_is_a_specific_duty():
    text = "فرض رسم وقائي قيمته 175 جنيها على طن الواردات من حديد التسليح.\n"
    assert [(value, unit) for value, unit, _ in rates(text)] == [(175, "EGP/tonne")]


def test_arabic_ranges_of_anti_dumping_duties_give_both_ends():
    text = "وحددت رسوم الإغراق بين 12 و19 % للحديد الروراتاني و15 إلى 27 % للحديد الآخر.\n"
    assert sorted(value for value, _, _ in rates(text)) == [12, 15, 19, 27]
