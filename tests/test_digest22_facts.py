"""Round 22 reader fixes (final25's digest, and a regression of the round's integration), one class each:

- a duty's last day in force ('tiene como último día de vigencia el …', 'último dia de vigência') is its end, never an
  entry into force;
- in a sentence giving several companies' rates, only the figure whose own clause names 'all other' producers is the
  residual rate ('TISCO was set at 23.69%, … and that for all other producers was 24.83%');
- a duty's own scope set by the document that imposes it ('will be assessed an additional … duty'; 'The additional
  duty provided for in 9903.01.xx does not apply to products … subject to Section 232 duties') is no exclusion; a duty
  in force narrowed by a later act ('The surtax does not apply to goods …' in an amending order) still is;
- a customs agency named without its country ('The General Administration of Customs has issued …', in a Gulf relay)
  names no jurisdiction, and a bloc's 'imports of … originating from X' makes X affected;
- a price named before its figure ('precio de referencia de 3.40 dólares') is a reference price, no duty: the summary's
  range of duties leaves it out.

Every passage is written for these tests; near misses that already held are marked 'guard'."""

from tests.fact_readers import affected, analyse, dates, jurisdiction, measures


def roles(text: str) -> list[tuple[float, str]]:
    return [(rate.value, rate.role) for rate in analyse(text)._.rates]


# --- a duty's last day in force is its end


def test_the_last_day_in_force_of_a_mexican_duty_is_its_end():
    text = (
        "La Secretaría de Economía informó que el derecho antidumping definitivo impuesto a las importaciones de "
        "varillas de acero originarias de Rusia tiene como último día de vigencia el 3 de mayo de 2031; la revisión "
        "continúa."
    )
    assert dates(text) == [("application_end", "2031-05-03")]


def test_the_last_day_in_force_in_portuguese_is_its_end():
    text = (
        "O Ministério informou que o direito antidumping sobre importações de vidro originárias do Egito tem como "
        "último dia de vigência 12 de agosto de 2031."
    )
    assert dates(text) == [("application_end", "2031-08-12")]


def test_the_last_day_of_validity_in_english_is_its_end():
    """The same class in English (round 22, after the reader's fix for Spanish and Portuguese)."""
    text = (
        "Notice of expiry\n\nThe countervailing duty on welded pipes from Ruritania has as its last day of validity"
        " 30 June 2031. Interested parties may request a review."
    )
    assert dates(text) == [("application_end", "2031-06-30")]


def test_the_last_day_in_force_in_french_is_its_end():
    text = "Avis\n\nLe dernier jour d'application de la mesure de sauvegarde sur le fil d'acier est le 14 mars 2032."
    assert dates(text) == [("application_end", "2032-03-14")]


def test_guard_entering_into_force_is_still_an_entry_into_force():
    assert dates("La presente Resolución entrará en vigencia el 3 de mayo de 2031.") == [
        ("entry_into_force", "2031-05-03")
    ]


# --- a named company's rate is not the residual rate of its sentence


def test_a_companys_rate_beside_the_all_others_rate_is_not_residual():
    text = (
        "The Ministry of Commerce imposed a definitive anti-dumping duty on stainless steel cold-rolled coils from "
        "Vietnam. The duty for Posco VST was fixed at 12.4%, and that for all other Vietnamese exporters was 18.9%."
    )
    assert roles(text) == [(12.4, "new"), (18.9, "residual")]


def test_a_companys_rate_before_the_all_others_rate_given_as_objects():
    text = (
        "The Ministry of Commerce imposed a definitive anti-dumping duty on stainless steel cold-rolled coils from "
        "Vietnam at 12.4% for Posco VST and 18.9% for all other exporters."
    )
    assert roles(text) == [(12.4, "new"), (18.9, "residual")]


def test_guard_an_all_others_rate_alone_stays_residual():
    text = (
        "The Ministry of Commerce imposed a definitive anti-dumping duty on stainless steel cold-rolled coils from "
        "Vietnam. All other exporters pay a duty of 18.9%."
    )
    assert roles(text) == [(18.9, "residual")]


# --- a duty's own scope, set by the message that imposes it, is no exclusion

NEW_HEADING_MESSAGE = (
    "CSMS # 71234567 - GUIDANCE: Additional Duties on Imports from Ruritania\n"
    "Effective for goods entered on or after 12:01 a.m. eastern daylight time on March 3, 2031, the following "
    "new heading applies.\n"
    "9903.02.91: All imports of articles that are products of Ruritania, other than products for personal use, "
    "will be assessed an additional ad valorem rate of duty of 30%.\n"
    "The additional duty provided for in 9903.02.91 applies in addition to all other applicable duties.\n"
    "The additional duty provided for in 9903.02.91 does not apply to products of Ruritania that are subject to "
    "Section 232 duties.\n"
)


def test_a_new_duty_that_does_not_apply_to_some_products_sets_its_scope():
    assert "exclusion" not in measures(NEW_HEADING_MESSAGE)


def test_guard_a_duty_of_another_act_that_does_not_apply_to_goods_is_an_exclusion():
    text = (
        "CSMS # 71234999 - GUIDANCE: Ruritania Reciprocal Tariff\n"
        "The additional duty imposed by Executive Order 14999 does not apply to products of Ruritania listed in the "
        "annex to this message, entered on or after March 3, 2031.\n"
    )
    assert "exclusion" in measures(text)


# --- a customs agency named without its country names no jurisdiction

GULF_RELAY = (
    "MUSCAT, May 3: The General Administration of Customs has issued new instructions on the imposition of "
    "anti-dumping duties on the Gulf Cooperation Council countries imports of float glass manufactured or originating "
    "from Malaysia, under the Common Law on Anti-Dumping, Countervailing Measures and Safeguards of the GCC.\n"
)


def test_a_gulf_relay_of_customs_instructions_is_not_chinese():
    assert "CN" not in jurisdiction(GULF_RELAY)
    assert affected(GULF_RELAY) == ["MY"]


def test_guard_chinas_general_administration_of_customs_named_with_its_country():
    text = (
        "BEIJING, May 3: China's General Administration of Customs has issued an announcement on the anti-dumping "
        "duties on imports of float glass originating from Malaysia.\n"
    )
    assert jurisdiction(text) == ["CN"]


# --- a reference price is no duty of the summary's range

GARLIC = (
    "ACUERDO por el que se modifica la cuota compensatoria definitiva impuesta a las importaciones de ajo fresco "
    "originarias de Perú.\n"
    "Único. Se modifica la cuota compensatoria definitiva: las importaciones de ajo fresco originarias de Perú"
)


def test_a_reference_price_is_a_price_not_a_duty_in_the_summary():
    text = (
        f"{GARLIC} que ingresen con un valor en aduana unitario inferior al precio de referencia de 3.40 dólares por "
        "kilogramo neto pagarán una cuota compensatoria de 0.85 dólares por kilogramo neto.\n"
    )
    document = analyse(text, jurisdiction="MX")
    assert [(rate.value, rate.kind) for rate in document._.rates] == [
        (3.4, "minimum_import_price"),
        (0.85, "specific"),
    ]
    # the price is named as a price beside the duty (round 26's reader fix), never inside the duty's range
    assert "an anti-dumping duty of USD 0.85/kg and a minimum import price of USD 3.4/kg on" in document._.summary


def test_guard_two_origins_duties_still_read_as_a_range():
    text = (
        f"{GARLIC} pagarán una cuota compensatoria de 0.85 dólares por kilogramo neto, y las de Bolivia de 1.20 "
        "dólares por kilogramo neto.\n"
    )
    assert "of USD 0.85/kg to USD 1.2/kg on" in analyse(text, jurisdiction="MX")._.summary
