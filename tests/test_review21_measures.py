"""Round 21 review of measure types: rules the round widened that read a measure into a sentence that does not take
one, or switched one off in a sentence that does. Each test is a reviewer's passage or a variant written for it, and
failed on the integration tree (int21) before its fix:
- a safeguard duty on goods 'classified under the safeguard HTS numbers' is a safeguard: only a bulletin's reporting
  instruction ('in combination with the safeguard number') names none (measures/en.json not_when safeguard);
- an official's task ('is directed to monitor', 'shall consult with') leaves inert only a sentence that does not also
  apply or impose a duty ('… and the additional duty of 25 percent shall apply …', '… the duty imposed … by this
  order'): acting/en.json inert;
- nomenclature_change: a quota table's 'established' status cell beside a quantity, codes of a quota 'established each
  year', and codes created in the past ('ont été créées en 2022', Portuguese 'que foram criados pela Resolução …') are
  background, no change;
- exclusion: goods an authority 'removed' (active past) or that 'ceased to be subject to' a surtax are history;
  importers exempted from a guarantee ('exemptés de la garantie') are not exempted from a duty;
- retaliation: the Union's commercial policy measures named in a recital ('were suspended in 2028') are not the
  act's own; only a regulation 'concerning … commercial policy measures on … products originating in' one country
  retaliates."""

from tests.fact_readers import measures, rates

# --- safeguard: goods classified under safeguard HTS numbers ---------------------------------------------------------


def test_a_safeguard_duty_on_goods_under_the_safeguard_hts_numbers_is_a_safeguard():
    text = (
        "Proclamation\n(1) A safeguard duty of 20 percent shall apply to imports of solar cells classified under the"
        " safeguard HTS numbers listed in the Annex, effective February 7, 2032.\n"
    )
    assert measures(text) == ["safeguard"]


def test_a_safeguard_measure_on_washers_under_safeguard_tariff_numbers_is_a_safeguard():
    text = (
        "Proclamation 12400 of March 3, 2032\n\n(2) The safeguard measure shall apply to large residential washers"
        " entered under the safeguard tariff numbers in subchapter III of chapter 99.\n"
    )
    assert measures(text) == ["safeguard"]


# --- acting: an official's task beside an operative clause ---------------------------------------------------------


def test_a_duty_that_shall_apply_beside_a_direction_to_monitor_acts():
    text = (
        "Proclamation\n\n(2) The Secretary of Commerce is directed to monitor imports of steel from Ruritania and the"
        " additional duty of 25 percent shall apply to steel from Ruritania from July 1, 2031.\n"
    )
    assert measures(text) == ["duty_rate_change"]
    assert rates(text) == [(25, "percent", None)]


def test_a_duty_imposed_by_this_order_named_in_a_consultation_clause_acts():
    text = (
        "Executive Order 15001 of May 3, 2031\n\nSec. 2. The United States Trade Representative shall consult with"
        " the Government of Ruritania regarding the additional 20 percent duty imposed on imports of goods of"
        " Ruritania by this order.\n"
    )
    assert measures(text) == ["duty_rate_change"]
    assert rates(text) == [(20, "percent", None)]


# --- nomenclature_change: quota tables, yearly codes, codes created in the past ---------------------------------------


def test_a_quota_tables_established_status_beside_a_volume_is_no_nomenclature_change():
    text = (
        "Notice to Importers: Tariff-Rate Quotas for 2032\n\nThe following tariff-rate quotas are opened for the 2032"
        " quota year.\n| HS code | Quota volume | Status |\n| 0402.10 | 5,000 tonnes | established |\n"
        "| 0406.90 | 2,000 tonnes | established |\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_quota_codes_established_each_year_are_no_nomenclature_change():
    text = (
        "Ministry of Finance Notice\n\nThe HS codes covered by the tariff-rate quota are established each year by the"
        " Ministry, and the in-quota rate of 5 percent applies to imports of sugar within the quota of 50,000"
        " tonnes.\n"
    )
    assert measures(text) == ["tariff_quota"]


def test_french_subheadings_created_in_an_earlier_year_are_background():
    text = (
        "Considérant que les sous-positions tarifaires 7208 10 et 7208 25 ont été créées en 2022, le droit"
        " antidumping institué par le présent règlement s'applique aux produits qui y sont classés originaires de"
        " Chine.\n"
    )
    assert measures(text) == ["anti_dumping"]


def test_portuguese_subitems_created_by_an_earlier_resolution_are_background():
    text = (
        "Art. 1º Fica aplicado direito antidumping definitivo às importações de pneus originárias da China,"
        " classificadas nos subitens 4011.10.00 e 4011.20.90, que foram criados pela Resolução Gecex nº 272, de"
        " 2021.\n"
    )
    assert measures(text) == ["anti_dumping"]


# --- exclusion: carve-outs told as history, exemptions from something else ------------------------------------------


def test_goods_an_authority_removed_from_the_duties_in_an_earlier_year_are_history():
    text = (
        "Notice of Action: Section 301 tariffs on products of China\n\nIn 2029, USTR removed certain medical products"
        " from the scope of the duties. This notice imposes an additional 25 percent duty on the products listed in"
        " Annex A, effective July 1, 2031.\n"
    )
    assert measures(text) == ["retaliation"]


def test_scheduled_goods_that_ceased_to_be_subject_to_a_surtax_are_history():
    text = (
        "Order 2031-44\n\nGoods listed in Schedule 2 to the Surtax Order, 2030 ceased to be subject to the surtax on"
        " 1 January 2031. This Order imposes a surtax of 10 percent on the steel goods of Ruritania specified in the"
        " Schedule.\n"
    )
    assert measures(text) == ["duty_rate_change"]


def test_french_importers_exempted_from_a_guarantee_are_no_exclusion():
    text = (
        "RÈGLEMENT D'EXÉCUTION (UE) 2032/450 DE LA COMMISSION\n\nArticle premier\nUn droit antidumping définitif est"
        " institué sur les importations de fils d'acier originaires de Chine. Les importateurs exemptés de la"
        " garantie prévue à l'article 3 acquittent ce droit à la mise en libre pratique.\n"
    )
    assert measures(text) == ["anti_dumping"]


# --- retaliation: commercial policy measures named in a recital ------------------------------------------------------


def test_the_unions_suspended_commercial_policy_measures_in_a_recital_are_no_retaliation():
    text = (
        "(4) The Union's commercial policy measures concerning certain products originating in the United States were"
        " suspended in 2028 and have not been reinstated.\nArticle 1\nRegulation (EU) 2030/12 imposing anti-dumping"
        " duties on steel from China is amended as follows.\n"
    )
    assert measures(text) == ["anti_dumping"]
