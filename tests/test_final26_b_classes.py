"""EU, UK, Indian, Brazilian, Vietnamese and Egyptian acts and relays, by class (round 23 second pass, final26
3713-3723 and 3737-3746). Each class has a passage in the final26 document's own kind, one in another wording or
jurisdiction, and a near miss that must not give the fact. Every passage is written for these tests."""

from tests.fact_readers import affected, dates, measures, rates

# --- 'enter into force on <day> and have effect as from <another day>': the second day is when it applies ----------


def test_an_eu_act_entering_into_force_and_having_effect_from_an_earlier_day_gives_both_dates():
    """Class: an entry-into-force article joined to a second day of effect ('shall enter into force on the day following
    that of its publication ... and have effect as from <date>', final26 3719): the relative day is the entry into force,
    the stated day (here retroactive) is application_start; before, the stated day took the entry into force's type,
    suppressed the relative one and was then demoted as older than the act."""
    text = (
        "Commission Implementing Regulation (EU) 2031/808 of 12 March 2031 correcting Implementing Regulation (EU)"
        " 2029/77 imposing a definitive anti-dumping duty on imports of certain steel wire originating in India\n\n"
        "Official Journal of the European Union | EN L series\n\n"
        "2031/808 | 13.3.2031\n\n"
        "Article 1\n\nThe Annex to Implementing Regulation (EU) 2029/77 is corrected.\n\n"
        "Article 2\n\nThis Regulation shall enter into force on the day following that of its publication in the"
        " Official Journal of the European Union and have effect as from 4 May 2029.\n\n"
        "Done at Brussels, 12 March 2031.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-03-14") in found
    assert ("application_start", "2029-05-04") in found


def test_a_uk_order_coming_into_force_and_having_effect_from_a_later_day_gives_its_start():
    """Class (another wording): 'comes into force on <date> and has effect from <date>' in a UK order."""
    text = (
        "The Customs (Tariff Quotas) (Amendment) Regulations 2031\n\n"
        "Made 2nd February 2031\n\n"
        "1. These Regulations may be cited as the Customs (Tariff Quotas) (Amendment) Regulations 2031 and come into"
        " force on 1st March 2031 and have effect from 1st April 2031.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-03-01") in found
    assert ("application_start", "2031-04-01") in found


def test_a_day_of_effect_without_an_entry_into_force_clause_is_not_read_as_a_second_day():
    """Near miss: 'with effect from' alone in a sentence without 'enter into force' keeps its entry-into-force type."""
    text = (
        "Notice to importers\n\n"
        "The suspension of the duty shall have effect from 1 July 2031 for the goods listed in the Annex.\n"
    )
    assert ("application_start", "2031-07-01") not in dates(text)


# --- a definitive duty counted back to the provisional duty's first day, for a stated length -------------------------


def test_a_definitive_safeguard_duty_linked_back_to_the_provisional_levy_runs_from_its_first_day():
    """Class: 'imposed for three years, retrospectively linked to the provisional levy that began on <date>' (final26
    3740, an Indian safeguard notification's summary): the period opens on the provisional duty's first day and ends
    the day before the third anniversary; before, the day was history ('other')."""
    text = (
        "The Ministry of Finance issued Notification No. 07/2031-Customs (SG) dated 2 December 2031, imposing a"
        " definitive safeguard duty on imports of aluminium foil. Accordingly, safeguard duty has been imposed for"
        " three years, retrospectively linked to the provisional levy that began on 14 May 2031.\n"
    )
    found = dates(text)
    assert ("application_start", "2031-05-14") in found
    assert ("application_end", "2034-05-13") in found


def test_a_definitive_duty_backdated_to_the_provisional_duty_opens_on_its_day():
    """Class (another wording): 'backdated to the provisional duty which took effect on <date>', a remedy authority's
    press release."""
    text = (
        "Press release, 9 October 2032\n\n"
        "The Board has imposed a definitive anti-dumping duty on ceramic sinks for two years, backdated to the"
        " provisional duty which took effect on 20 March 2032.\n"
    )
    found = dates(text)
    assert ("application_start", "2032-03-20") in found
    assert ("application_end", "2034-03-19") in found


def test_a_provisional_duty_reported_as_past_without_a_link_stays_history():
    """Near miss: the provisional duty's start told as history ('the provisional duty, imposed on <date>, lapsed')
    opens no period."""
    text = (
        "Press release, 9 October 2032\n\n"
        "The provisional duty on ceramic sinks, which began on 20 March 2032, lapsed without a definitive measure.\n"
    )
    assert ("application_start", "2032-03-20") not in dates(text)


# --- a relay's reported act: its relative day counted from signature takes the act's stated date --------------------


def test_a_relayed_decision_in_force_days_after_signature_counts_from_the_decisions_date():
    """Class: a news item on a numbered decision ('Quyết định số 1105/QĐ-BCT ... ngày 30/3/2017') that 'có hiệu lực thi
    hành sau 15 ngày kể từ ngày ký' (final26 3744): the relayed act's date anchors the days from signature; before,
    the item had no date of signature and gave no entry into force."""
    text = (
        "Áp thuế tự vệ với phôi thép nhập khẩu\n\n"
        "12/06/2031 08:15 Minh Anh\n"
        "(Tin tức) - Bộ Công Thương ban hành Quyết định số 2044/QĐ-BCT ngày 10/6/2031 về việc áp dụng biện pháp tự vệ.\n\n"
        "Quyết định có hiệu lực thi hành sau 15 ngày kể từ ngày ký.\n"
    )
    assert ("entry_into_force", "2031-06-25") in dates(text)


def test_a_relayed_decree_in_force_days_after_signature_counts_from_the_decrees_date():
    """Class (another wording): a relayed government decree ('Nghị định số 45/2031/NĐ-CP ngày 1/7/2031') 'có hiệu lực
    thi hành sau 30 ngày kể từ ngày ký'."""
    text = (
        "Áp thuế chống bán phá giá với nhôm\n\n"
        "05/07/2031 10:20 Lan Anh\n"
        "(Tin tức) - Nghị định số 45/2031/NĐ-CP ngày 1/7/2031 quy định thuế.\n\n"
        "Nghị định có hiệu lực thi hành sau 30 ngày kể từ ngày ký.\n"
    )
    assert ("entry_into_force", "2031-07-31") in dates(text)


def test_a_text_with_its_own_signature_date_does_not_count_from_a_cited_decision():
    """Near miss: an act dated itself ('Hà Nội, ngày 20 tháng 6 năm 2031') counts from its own signature, not from the
    numbered decision it cites."""
    text = (
        "QUYẾT ĐỊNH\n\nHà Nội, ngày 20 tháng 6 năm 2031\n\n"
        "Căn cứ Quyết định số 2044/QĐ-BCT ngày 10/6/2031 của Bộ trưởng Bộ Công Thương;\n\n"
        "Quyết định này có hiệu lực thi hành sau 15 ngày kể từ ngày ký.\n"
    )
    found = dates(text)
    assert ("entry_into_force", "2031-06-25") not in found


# --- what an import licence may be used for: licensing ---------------------------------------------------------------


def test_import_licences_that_may_be_used_for_listed_goods_are_licensing_in_german():
    """Class: an article saying which goods an import licence may be used for ('Einfuhrlizenzen, die in Feld 20 ...
    enthalten, können für die Einfuhr von Erzeugnissen der KN-Codes ... verwendet werden', final26 3714) regulates the
    licences: licensing; before, only 'Einfuhrlizenz ... erforderlich' was a cue."""
    text = (
        "Artikel 4 VO (EU) 2031/77\n"
        "Verwendung der Lizenzen\n"
        "Einfuhrlizenzen, die in Feld 8 das Ursprungsland Mauritius angeben, können für die Einfuhr von Erzeugnissen der"
        " KN-Codes 17011490 oder 17019910 verwendet werden.\n"
    )
    assert "licensing" in measures(text)


def test_import_licences_that_may_only_be_used_for_imports_of_listed_goods_are_licensing_in_english():
    """Class (another wording): 'Import licences ... may only be used for imports of products of CN codes ...'."""
    text = (
        "Article 4\n\n"
        "Import licences bearing in box 20 the words 'raw rice for processing' may only be used for imports of products"
        " falling within CN codes 1006 10 21 to 1006 10 98.\n"
    )
    assert "licensing" in measures(text)


def test_licences_for_a_quota_reported_as_used_up_are_not_licensing():
    """Near miss: a statement that licences were used ('the import licences issued were used for 80 % of the volume')
    sets no licence rule."""
    text = "Report\n\nIn 2030 the import licences issued under the quota were used for 80 % of the available volume.\n"
    assert "licensing" not in measures(text)


# --- a reference tariff document replaced by a corrected version: duty_rate_change -----------------------------------


def test_a_tariff_document_revised_to_correct_errors_in_the_rates_is_a_rate_change():
    """Class: regulations substituting a corrected version of the reference tariff document ('This document is revised to
    correct errors in relation to the rate of import duty applicable to goods', final26 3720) change duty rates; before,
    the suspension signal in the title hid the generic rate rows."""
    text = (
        "The Customs Tariff (Suspension of Import Duty Rates) (Amendment) Regulations 2031\n\n"
        "2. In regulation 2, in the definition of 'Preferences Document', for 'version 1.2' substitute 'version 1.3'.\n\n"
        "EXPLANATORY NOTE\n\n"
        "Regulation 2 refers to a revised preferences document. This document is revised to correct errors in relation"
        " to the rate of import duty applicable to originating goods.\n"
    )
    assert "duty_rate_change" in measures(text)


def test_a_revised_tariff_document_substituted_is_a_rate_change():
    """Class (another wording): 'refer to the revised customs tariff document published on ...'."""
    text = (
        "The Customs (Tariff) (Amendment) Order 2031\n\n"
        "3. The Order is amended so as to refer to the revised customs tariff document published on 3rd May 2031, which"
        " sets the duty payable on goods imported into the Island.\n"
    )
    assert "duty_rate_change" in measures(text)


def test_a_document_revised_to_correct_errors_in_its_addresses_is_not_a_rate_change():
    """Near miss: a guidance document 'revised to correct errors in the contact details' changes no duty."""
    text = "Notice 12\n\nThis notice has been revised to correct errors in the contact details of the helpline.\n"
    assert "duty_rate_change" not in measures(text)


# --- tariff values fixed under section 14(2) of India's Customs Act: other (valuation) --------------------------------


def test_tariff_values_fixed_under_section_14_2_of_the_customs_act_are_other():
    """Class: a notification amending the tariff value tables 'In exercise of the powers conferred by sub-section (2) of
    section 14 of the Customs Act, 1962' (final26 3739): valuation, 'other'; before, the table's split header
    ('Tariff value |' ... '(US $Per Metric Tonne)') hid the only cue."""
    text = (
        "NOTIFICATION\n\nNo. 22/2031-CUSTOMS (N.T.)\n\n"
        "S.O. 901(E). In exercise of the powers conferred by sub-section (2) of section 14 of the Customs Act, 1962 (52"
        " of 1962), the Central Board of Indirect Taxes and Customs hereby makes the following amendments in the"
        " notification No. 36/2001-Customs (N.T.), namely:-\n"
        "In the said notification, for TABLE-2 the following Table shall be substituted.\n"
    )
    assert measures(text) == ["other"]


def test_tariff_values_under_section_14_2_in_another_wording_are_other():
    """Class (another wording): 'under section 14(2) of the Customs Act, 1962, the Board fixes the tariff value'."""
    text = (
        "Circular\n\nUnder section 14(2) of the Customs Act, 1962, the Board fixes the value of crude palm oil of"
        " tariff item 1511 10 00 at 1 040 US dollars per metric tonne.\n"
    )
    assert "other" in measures(text)


def test_an_exchange_rate_notification_under_section_14_3_is_not_tariff_values():
    """Near miss: the exchange rates are fixed under clause (a) of sub-section (3) of section 14: not the tariff-value
    power."""
    text = (
        "NOTIFICATION\n\nIn exercise of the powers conferred by clause (a) of sub-section (3) of section 14 of the Customs"
        " Act, 1962, the Board hereby determines the rate of exchange of the US dollar.\n"
    )
    assert "other" not in measures(text)


# --- a company added to the list of '<origin> cooperating producers': the remedy's origin ----------------------------


def test_a_company_added_to_the_list_of_chinese_cooperating_producers_names_the_origin():
    """Class: an act granting new exporting producer treatment whose article adds a company 'to the list of Chinese
    cooperating producers' (final26 3716); the origin otherwise stands only in the cited regulation's title. Before,
    no affected country."""
    text = (
        "Commission Implementing Regulation (EU) 2031/55 amending Implementing Regulation (EU) 2029/12 as regards"
        " inclusion of a new exporting producer on the list of other cooperating companies\n\n"
        "Article 1\n\n"
        "In the Annex to Implementing Regulation (EU) 2029/12, the following company is added to the list of Chinese"
        " cooperating producers:\n\n"
        "| Company | TARIC additional code |\n| Zhejiang Example Glass Co., Ltd. | 899A |\n"
    )
    assert affected(text) == ["CN"]


def test_indian_cooperating_exporting_producers_not_sampled_name_the_origin():
    """Class (another wording): 'the duty rate of the Indian cooperating exporting producers not sampled'."""
    text = (
        "Article 1\n\n"
        "Sunrise Fibres Pvt. Ltd. shall be subject to the duty rate applicable to the Indian cooperating exporting"
        " producers not sampled, namely 12,4 %.\n"
    )
    assert affected(text) == ["IN"]


def test_an_adjective_before_other_producers_names_no_origin():
    """Near miss: 'Brazilian producers' of an analogue country, without 'cooperating', name no origin."""
    text = "Recital\n\nThe Commission used data of Brazilian producers to establish the normal value.\n"
    assert affected(text) == []


# --- a territory the origin 'includes' in other languages: Hong Kong with China -----------------------------------


def test_china_including_hong_kong_in_vietnamese_affects_both():
    """Class: 'có xuất xứ từ Trung Quốc (bao gồm Hồng Kông) và Hàn Quốc' (final26 3744): Hong Kong, a customs territory
    of its own, is affected with China; before, neither 'bao gồm' nor 'Hồng Kông' was read."""
    text = (
        "Áp thuế chống bán phá giá đối với nhôm lá\n\n"
        "Sản phẩm nhôm lá nhập khẩu vào Việt Nam có xuất xứ từ Trung Quốc (bao gồm Hồng Kông) bị áp thuế chống bán phá"
        " giá.\n"
    )
    assert affected(text) == ["CN", "HK"]


def test_the_prc_including_hong_kong_in_another_vietnamese_wording_affects_both():
    """Class (another wording): 'có xuất xứ từ Cộng hòa Nhân dân Trung Hoa, bao gồm cả Hồng Kông', a decision's article."""
    text = (
        "Điều 1. Áp dụng biện pháp chống bán phá giá chính thức đối với sản phẩm ván sợi có xuất xứ từ Cộng hòa Nhân dân"
        " Trung Hoa, bao gồm cả Hồng Kông.\n"
    )
    assert affected(text) == ["CN", "HK"]


def test_a_company_address_in_hong_kong_after_including_is_not_an_origin_without_an_affected_country():
    """Near miss: 'bao gồm' after no affected country ('các bên liên quan, bao gồm Hồng Kông Trading') adds nothing."""
    text = "Thông báo\n\nCác bên liên quan bao gồm Hồng Kông Trading Ltd. đã gửi ý kiến.\n"
    assert "HK" not in affected(text)


# --- Vietnamese remedy duties name their rates: 'mức ... thuế chống bán phá giá (3,17%)' ----------------------------


def test_a_vietnamese_anti_dumping_duty_level_is_a_rate():
    """Class: a Vietnamese relay's 'mức áp dụng thuế chống bán phá giá thấp nhất (3,17%)' (final26 3744): the remedy's
    duty words were not duty words (only 'thuế suất' was), so no rate was read."""
    text = (
        "Áp thuế chống bán phá giá với nhôm\n\n"
        "Theo công bố, mức áp dụng thuế chống bán phá giá thấp nhất (4,25%) là nhà sản xuất Example Aluminium Co., Ltd.\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text)] == [(4.25, "percent")]


def test_a_vietnamese_safeguard_duty_rate_is_a_rate():
    """Class (another wording): 'Áp dụng thuế tự vệ chính thức ở mức 12,5%' (a safeguard decision's article)."""
    text = "Điều 1. Áp dụng thuế tự vệ chính thức đối với phôi thép nhập khẩu ở mức 12,5% trong năm đầu tiên.\n"
    assert [(value, unit) for value, unit, _ in rates(text)] == [(12.5, "percent")]


def test_a_vietnamese_import_share_is_not_a_rate():
    """Near miss: a share of imports ('thị phần nhập khẩu tăng 15,2%') in a sentence without a duty word is no rate."""
    text = "Trong giai đoạn điều tra, thị phần nhập khẩu từ các nước này tăng 15,2%.\n"
    assert rates(text) == []


def test_a_revised_tariff_document_that_adds_and_removes_codes_is_no_rate_change():
    """Near miss (integration, final12 1215's kind): an SI pointing to a revised tariff document that it says was
    revised to add and remove commodity codes changes the nomenclature; the plain 'revised tariff document' words
    count only where no other measure is named (a generic signal)."""
    text = (
        "The Customs Tariff (Amendment) Regulations 2031\n\n"
        "EXPLANATORY NOTE\n\n"
        "Regulation 2 amends the definition of the tariff in the Establishment Regulations to refer to a revised"
        " customs tariff document. This document is revised to add, revise and remove commodity codes.\n"
    )
    found = measures(text)
    assert "nomenclature_change" in found
    assert "duty_rate_change" not in found
