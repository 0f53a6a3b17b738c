"""European documents by class (round 16 second pass, final19 2613-2624): an exporter group's rate alone on its line
under its members in a space-separated anti-dumping table; UK trade remedies notices registering imports (the
notice that gives effect to a decision to accept a recommendation acts, the registration's start, 'Codes beginning
NNNN' over the code list, 'register their interest by', an HMRC page's '(anti-dumping duty NNNN)'); relays of such
notices (a duty the goods would become liable to under a condition, an exemption from a remedy not acted on, a past
end in a relative clause, a code taken out of scope from a day, 'published Trade Remedies Notice NNNN/NN'); an origin
after an exception set off by dashes; a Turkish decision's number in brackets in running text; Swiss ordinances (a
package size, a paragraph number before 'L’', an act a rule follows, a consolidated footnote's 'in Kraft seit').
Every passage is written for these tests."""

from nlp.pipeline import analyse
from tests.fact_readers import affected, dates, identifier, measures, rates


def codes(text: str) -> list[str]:
    return sorted({mention.code for mention in analyse(text)._.codes})


def quotas(text: str) -> list[tuple[float, str]]:
    return [(quota.amount, quota.unit) for quota in analyse(text)._.quotas]


# --- an exporter group's rate alone on its line ------------------------------------------------------------------

GROUP_TABLE_DE = (
    "Artikel 1\n\n"
    "(2) Für die von den nachstehend aufgeführten Unternehmen hergestellte Ware gelten folgende vorläufige "
    "Antidumpingzollsätze:\n\n"
    "Land Unternehmen Vorläufiger Antidumpingzoll TARIC-Zusatzcode\n"
    "Ruritanien Falkenstahl A.Ş. 11,2 % C701\n\n"
    "Nordgruppe:\n\n"
    "Nordwalz Çelik A.Ş. - Küstenblech Sanayi A.Ş.\n\n"
    "6,3 % C702\n"
    "Ostband Metal Ltd. 9,8 % C703\n"
    "Alle übrigen Unternehmen 12,4 % C999\n\n"
    "(3) Die Anwendung der unternehmensspezifischen Zollsätze setzt eine gültige Handelsrechnung voraus.\n"
)


def test_a_groups_rate_alone_on_its_line_under_its_members_is_read_with_the_rows_around_it():
    assert rates(GROUP_TABLE_DE) == [
        (11.2, "percent", "Ruritanien Falkenstahl A.Ş."),
        (6.3, "percent", "Nordwalz Çelik A.Ş. - Küstenblech Sanayi A.Ş."),
        (9.8, "percent", "Ostband Metal Ltd."),
        (12.4, "percent", "Alle übrigen Unternehmen"),
    ]


def test_an_english_groups_rate_under_its_name_and_members_is_a_rate():
    text = (
        "Article 1\n\n"
        "2. The rates of the provisional anti-dumping duty applicable to the net, free-at-Union-frontier price shall be"
        " as follows:\n\n"
        "Company Provisional anti-dumping duty TARIC additional code\n"
        "Harbour Steel Co., Ltd. 14.1 % C801\n"
        "Eastfield group:\n"
        "Eastfield Rolling Co., Ltd.\n"
        "Eastfield Coating Co., Ltd.\n"
        "8.7 % C802\n"
        "All other companies 21.9 % C999\n"
    )
    assert [(value, unit) for value, unit, _ in rates(text)] == [
        (14.1, "percent"),
        (8.7, "percent"),
        (21.9, "percent"),
    ]


def test_a_figure_alone_on_its_line_under_a_sentence_is_no_groups_rate():
    text = (
        "Company Provisional anti-dumping duty TARIC additional code\n"
        "Harbour Steel Co., Ltd. 14.1 % C801\n"
        "The injury margin of the sampled producers was established on the basis of their export prices.\n"
        "8.7 % C802\n"
    )
    assert [value for value, _, _ in rates(text)] == [14.1]


# --- UK trade remedies notices registering imports -------------------------------------------------------------------

REGISTRATION_NOTICE = (
    "Notice\n\n"
    "Trade remedies notice 2031/04: Registration of imports of steel wire rod from Ruritania\n\n"
    "Published 2 March 2031\n\n"
    "This public notice gives effect to the Secretary of State’s decision under paragraph 29 of Schedule 4 to TCTA"
    " to accept the Trade Remedies Authority’s recommendation to require HMRC to register the goods, which are the"
    " subject of an ongoing investigation and to which an anti-dumping amount may be applied.\n\n"
    "From 3 March 2031 HMRC will begin registering the goods.\n\n"
    "UK Global Tariff commodity codes for the goods subject to registration\n\n"
    "The goods are imported under the following commodity codes:\n\n"
    "Codes beginning 7213\n\n"
    "  • 7213 91 10 00\n"
    "  • 7213 91 20 00\n"
)


def test_a_notice_giving_effect_to_a_decision_to_accept_a_registration_recommendation_acts_on_the_remedy():
    assert measures(REGISTRATION_NOTICE) == ["anti_dumping"]


def test_a_registration_in_a_subsidy_case_is_countervailing():
    text = REGISTRATION_NOTICE.replace("an anti-dumping amount", "a countervailing amount")
    assert measures(text) == ["countervailing"]


def test_a_recommendation_the_notice_only_reports_stays_inert():
    text = (
        "Notice\n\nThe Trade Remedies Authority has made a recommendation to the Secretary of State on the"
        " anti-dumping duty on steel wire rod from Ruritania.\n"
    )
    assert measures(text) == []


def test_the_day_registration_begins_is_the_start_of_its_application():
    assert ("application_start", "2031-03-03") in dates(REGISTRATION_NOTICE)


def test_registration_from_a_day_said_after_the_verb_is_its_start_too():
    text = "Notice\n\nHMRC will register imports of the goods from 3 March 2031.\n"
    assert dates(text) == [("application_start", "2031-03-03")]


def test_imports_made_subject_to_registration_from_a_day_start_then():
    text = "Notice\n\nFrom 3 March 2031, imports of the goods shall be made subject to registration.\n"
    assert dates(text) == [("application_start", "2031-03-03")]


def test_a_duty_that_applies_from_a_day_in_a_lead_in_still_takes_effect_then():
    text = "Notice\n\nFrom 3 March 2031, the duty will be collected on imports of the goods.\n"
    assert dates(text) == [("entry_into_force", "2031-03-03")]


def test_a_group_line_codes_beginning_names_the_heading_over_the_list():
    assert codes(REGISTRATION_NOTICE) == ["7213", "7213911000", "7213912000"]


def test_commodity_codes_starting_with_a_heading_name_it():
    text = "The goods are classified under commodity codes starting with 7306 and are listed in the annex.\n"
    assert codes(text) == ["7306"]


def test_interested_parties_registering_their_interest_by_a_day_is_the_deadline_to_come_forward():
    text = (
        "Guidance\n\nThe initiation of a UK anti-dumping investigation concerning steel wire rod was announced on"
        " 14 June 2031.\n\nInterested parties should register their interest by 28 June 2031 if they wish to"
        " participate.\n"
    )
    assert ("comment_deadline", "2031-06-28") in dates(text)


def test_an_hmrc_pages_anti_dumping_duty_number_in_its_title_brackets_is_its_identifier():
    text = (
        "Guidance\n\nSteel wire rod from Ruritania (anti-dumping duty 2471)\n\nPublished 2 July 2031\n\n"
        "The products concerned are subject to the following commodity codes.\n"
    )
    assert identifier(text) == "anti-dumping duty 2471"


def test_a_countervailing_duty_number_in_title_brackets_is_the_identifier_too():
    text = "Guidance\n\nGlass fibre mats from Ruritania (countervailing duty 2472)\n\nPublished 2 July 2031\n"
    assert identifier(text) == "countervailing duty 2472"


# --- relays of UK trade remedies notices ---------------------------------------------------------------------------

RELAY = (
    "<p>The Department for International Trade published Trade Remedies Notice 2031/08 on 9 August 2031 continuing"
    " the anti-dumping duty on seamless pipes originating in Ruritania at 41.2%. The products are also subject to"
    " steel safeguard measures. If the imports become liable to the 25% safeguard duty (once the quota is exhausted)"
    " the anti-dumping duty rate will be reduced to 16.0% until the quota re-opens. Borduria is exempt from"
    " safeguard measures for this product.</p><p>The Department is exploring reimbursement of those measures which"
    " ended on 30 January 2031.</p><p>The anti-dumping duties do not apply to the following code from 30 January"
    " 2031:</p><p>7304 1900 90</p>\n"
)


def test_a_duty_named_as_a_condition_and_an_exemption_from_it_are_no_measures_of_the_relay():
    assert measures(RELAY) == ["anti_dumping"]


def test_an_exemption_from_the_remedy_the_document_acts_on_is_an_exclusion():
    text = (
        "Article 1\n\n1. A definitive safeguard measure is imposed on imports of seamless pipes.\n\n"
        "2. Imports originating in Borduria are exempt from the safeguard measures.\n"
    )
    assert measures(text) == ["exclusion", "safeguard"]


def test_a_relays_past_end_in_a_relative_clause_is_history_and_a_code_taken_out_of_scope_takes_effect():
    assert dates(RELAY) == [("entry_into_force", "2031-01-30"), ("other", "2031-01-30"), ("other", "2031-08-09")]


def test_a_relay_is_known_by_the_notice_it_says_was_published():
    assert identifier(RELAY) == "Trade Remedies Notice 2031/08"


# --- an origin after an exception set off by dashes ----------------------------------------------------------------


def test_an_exception_between_dashes_leaves_the_origin_after_it_affected_de():
    text = (
        "Artikel 1\n(1) Es wird ein vorläufiger Ausgleichszoll eingeführt auf die Einfuhren von Glasgarnen — "
        "ausgenommen Garne aus Glaswolle — mit Ursprung in Tunesien, die derzeit unter dem KN-Code 70191200 "
        "eingereiht werden.\n"
    )
    assert affected(text) == ["TN"]


def test_an_exception_between_dashes_leaves_the_origin_after_it_affected_en():
    text = (
        "Article 1\n1. A provisional countervailing duty is imposed on imports of glass fibre yarns – excluding yarns"
        " of glass wool – originating in Tunisia, currently falling under CN code 70191200.\n"
    )
    assert affected(text) == ["TN"]


def test_a_country_inside_the_dashes_after_the_exception_is_still_excepted():
    text = (
        "Article 1\n1. A definitive anti-dumping duty is imposed on imports of glass fibre yarns originating in all"
        " third countries — except Tunisia — currently falling under CN code 70191200.\n"
    )
    assert affected(text) == []


# --- a Turkish decision's number in running text -------------------------------------------------------------------


def test_a_turkish_decisions_number_in_brackets_after_its_name_is_the_identifier():
    text = (
        "Akrilik Elyaf İthalatında Korunma Önlemi Uygulanmasına İlişkin Karar\n\n"
        "Not: 12.03.2031 tarihli resmi gazetede yayımlanan Akrilik Elyaf İthalatında Korunma Önlemi Uygulanmasına"
        " İlişkin Karar (Karar Sayısı: 5120) ile 5501.30.00.00.00 pozisyonunda korunma önlemi uygulanır.\n"
    )
    assert identifier(text) == "Karar Sayısı: 5120"


# --- Swiss ordinances ------------------------------------------------------------------------------------------------

SWISS_QUOTA_ARTICLE = (
    "1 Les parts du contingent tarifaire partiel no 09.1 sont attribuées selon le règlement du 4 mai 1956 concernant"
    " le trafic frontalier.\n"
    "2 Le contingent tarifaire partiel no 09.2 de 250 tonnes est mis aux enchères. L’importation de fromage sous ce"
    " contingent n’est autorisée que dans des emballages de 20 kg au moins.\n"
    "3 L’attribution du contingent tarifaire partiel no 09.3 n’est pas réglementée.\n"
    "4 L’attribution du contingent tarifaire no 10 n’est pas réglementée.\n"
)


def test_a_package_size_and_a_paragraph_number_before_an_elided_article_are_no_quota_volumes():
    assert quotas(SWISS_QUOTA_ARTICLE) == [(250, "tonnes")]


def test_a_german_package_size_is_no_quota_volume():
    text = (
        "2 Das Teilzollkontingent Nr. 09.2 von 250 Tonnen wird versteigert. Käse darf nur in Grossgebinden von"
        " mindestens 20 kg eingeführt werden.\n"
    )
    assert quotas(text) == [(250, "tonnes")]


def test_the_date_of_an_act_a_rule_follows_is_that_acts():
    assert dates(SWISS_QUOTA_ARTICLE) == [("other", "1956-05-04")]


def test_a_consolidated_footnotes_in_kraft_seit_is_the_amending_acts_start():
    text = (
        "2 Das Teilzollkontingent Nr. 09.2 wird versteigert.12\n"
        "12 Fassung gemäss Ziff. I der V vom 3. März 2030, in Kraft seit 1. Jan. 2031 (AS 2030 812).\n"
    )
    assert dates(text) == [("other", "2030-03-03"), ("other", "2031-01-01")]


def test_an_ordinance_in_force_since_a_day_still_enters_into_force_then():
    text = "Art. 40 Inkrafttreten\n\nDiese Verordnung ist in Kraft seit 1. Jan. 2031.\n"
    assert dates(text) == [("entry_into_force", "2031-01-01")]
