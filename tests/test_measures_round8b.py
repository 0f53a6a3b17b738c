"""Measure types, round 8 second pass (issue 15): the kinds final11 showed. A WTO quantitative-restrictions record's
symbols, a Malaysian correction order of the duties schedule, a Chinese Tariff Commission announcement, an EU act
setting the CCT duty at 0 %, a Mexican LIGIE decree, a duty zeroed for a period; and furniture that names no
measure (a CBP textile bulletin number, a cumulation-limits bulletin, an end-use footnote, a suspension annex's
column header, a remission condition on an issued permit, an account of earlier modifications). Every passage is
written for these tests."""

from nlp.pipeline import analyse


def types(text: str, jurisdiction: str | None = None) -> list[str]:
    return sorted(mention.type for mention in analyse(text, jurisdiction=jurisdiction)._.measures)


def test_a_qr_record_names_licensing_and_prohibition_by_symbol():
    text = (
        "Norway #3105 (v.1)\nBase data\n- Notified in\n-\nG/MA/QR/N/NOR/4 12/03/2031\n- Reporting member\n- Norway\n"
        "- General description\n-\nKontroll med import av visse farlige kjemikalier\n- Affected partners\n"
        "Measures\n- Reported restrictions\n- CP , NAL , NAL-X\nTariff lines\n281511\n|\n"
    )
    assert types(text) == ["licensing", "prohibition"]


def test_a_qr_record_with_automatic_licensing_only():
    text = "Peru #4410 (v.3)\nBase data\n- Reporting member\n- Peru\nMeasures\n- Reported restrictions\n- AL\n"
    assert types(text) == ["licensing"]


def test_a_malaysian_correction_of_the_code_and_description_columns():
    text = (
        "PERINTAH DUTI KASTAM 2031 - PEMBETULAN\n\n"
        "(i)\n\nberhubung dengan subkepala 0407.11 000, dalam ruang (2), gantikan perkataan “Of fowls” dengan "
        "perkataan “Of fowls of the species Gallus domesticus”;\n\n"
        "(ii)\n\nberhubung dengan subkepala 8703.80, dalam ruang (1), gantikan perkataan “110” dengan perkataan "
        "“120”;\n"
    )
    assert types(text, "MY") == ["nomenclature_change"]


def test_a_tariff_commission_adjusts_a_rate_table():
    text = (
        "Tariff Commission Announcement No. 4, 2031\n\nTo the General Administration of Customs:\n\n"
        "The State Council has approved adjusting import tax items and rates for postal articles, as follows:\n"
        "1. The Schedule of Import Tax Rates on Postal Articles has been adjusted as set out in the annex;\n"
        "2. The adjusted schedule shall enter into force on 1 July 2031.\n"
    )
    assert types(text, "CN") == ["duty_rate_change"]


def test_an_eu_act_setting_the_cct_duty_at_zero():
    text = (
        "Regulation (EU) 2031/55 of the European Parliament and of the Council on the elimination of customs duties "
        "on certain goods\n\nArticle 1\n\nThe applicable import customs duties of the Common Customs Tariff shall be "
        "0 % for the goods listed in the Annex on an erga omnes basis.\n"
    )
    assert types(text, "EU") == ["duty_rate_change"]


def test_a_mexican_decree_modifying_the_rates_of_tariff_lines():
    text = (
        "DECRETO por el que se reforman diversas fracciones arancelarias de la Tarifa de la Ley de los Impuestos "
        "Generales de Importación y de Exportación.\n"
        "Artículo Único.- Se modifican las cuotas de diversas fracciones arancelarias de la tarifa contenida en el "
        "artículo primero de la Ley de los Impuestos Generales de Importación y de Exportación, para quedar como "
        "sigue:\n6402.99.05 | Los demás calzados. | Par | 30 | Ex.\n"
    )
    assert types(text, "MX") == ["duty_rate_change"]


def test_a_duty_zeroed_for_a_period_is_suspended():
    text = (
        "EAEU zeroes import duties on polymer films for three years\n\n"
        "The Council of the Eurasian Economic Commission decided to zero out the import customs duty on certain "
        "polymer films (code 3920 20 210 0 of the CN FEA of the EAEU) for three years; the duty rate is now 6.5%.\n"
    )
    assert types(text) == ["duty_suspension"]


def test_a_textile_bulletin_number_and_cumulation_limits_name_no_other_measure():
    text = (
        "COMMODITIES\nApparel of chapter 61 assembled in a partner country from Canadian materials\n"
        "Quota Period:\nJanuary 1, 2031, through December 31, 2031\n"
        "Restraint Level:\n50,000,000 Square Meter Equivalents (see TBT 09-114)\n"
        "NOTIFICATION\nNo further editions of this QBT for Partner Cumulation – Limits for Canadian Imports will be "
        "issued.\n"
    )
    assert types(text, "US") == ["tariff_quota"]


def test_an_autonomous_quota_annex_footnote_and_a_suspension_header():
    quota = (
        "ANNEX\n\nOrder number | CN code | Description | Quota period | Quota volume | Quota duty rate\n"
        "09.2981 | ex 8708 99 97 | Brackets for use in the manufacture of motor vehicles (1) | 1.1.-31.12. | "
        "40 000 pieces | 0 %\n\n(1) Suspension of duties is subject to end-use customs supervision in accordance "
        "with Article 254 of Regulation (EU) No 952/2013.\n"
    )
    assert types(quota, "EU") == ["tariff_quota"]
    suspension = (
        "COUNCIL REGULATION (EU) 2031/901 amending Regulation (EU) 2021/2278 suspending the Common Customs Tariff "
        "duties on certain agricultural and industrial products\n\nArticle 1\n\nThe Annex is amended as follows:\n"
        "Serial Number | CN code | Description | Rate of autonomous duty | Supplementary Unit | Date envisaged for "
        "mandatory review\n0.9911 | ex 2909 49 80 | Dipropylene glycol | 0 % | - | 31.12.2035\n"
    )
    assert types(suspension, "EU") == ["duty_suspension"]


def test_an_issued_permit_as_a_remission_condition_is_no_licensing():
    text = (
        "His Excellency the Governor General in Council makes the annexed Chile Copper Goods Remission Order.\n"
        "1 Remission is granted of the surtax paid on copper goods originating in Chile if\n"
        "(a) the goods were imported into Canada before this Order comes into force;\n"
        "(b) an import permit was issued for the goods under the Export and Import Permits Act; and\n"
        "(c) a claim for remission is made within two years.\n"
    )
    assert types(text, "CA") == ["remission"]
