"""The operative summary as a policy officer reads it in a digest (who does what to which goods from
where, from when), one test per class of reading fault: goods named in a title or in another language,
the actor who signs, formulas and page furniture never quoted, a document without a measure saying what
it is, periods with their end, a rate change as a change. Passages written for these tests."""

from nlp.pipeline import analyse
from nlp.summary.goods import goods_named
from nlp.summary.operative import is_furniture, plain_operative, restates, without_heading


def summary_of(text: str, jurisdiction: str) -> str:
    return analyse(text, jurisdiction=jurisdiction)._.summary


def test_goods_named_in_a_title_and_the_minister_who_signs_in_the_first_person():
    text = (
        "Aluminium Extrusions Exported from Malaysia and Vietnam\n\n"
        "Notice under subsection 8(5) of the Customs Tariff (Anti-Dumping) Act 1975\n\n"
        "I, JANE ROE, Assistant Minister for Trade, having decided to publish a notice under subsection 269TG(2) "
        "of the Customs Act 1901 in respect of the aluminium extrusions described in that notice, DETERMINE, under "
        "subsection 8(5) of that Act, that the interim dumping duty on the goods is to be worked out by the floor "
        "price method.\n\nDated this 14th day of March 2029\n"
    )
    assert summary_of(text, "AU") == (
        "Australia's Assistant Minister for Trade announces an anti-dumping duty on aluminium extrusions from "
        "Malaysia and Vietnam. The Assistant Minister for Trade determines under subsection 8(5) of that Act, that the "
        "interim dumping duty on the goods is to be worked out by the floor price method."
    )


def test_goods_named_in_spanish_are_quoted_as_written():
    text = (
        "RESOLUCIÓN NÚMERO 412 DE 2030\n\nEl Ministerio de Comercio, Industria y Turismo resuelve imponer derechos "
        "antidumping definitivos a las importaciones de tubos de acero sin costura originarios de la República de "
        "Corea, clasificados por la subpartida 7304.19.00.00.\n"
    )
    assert summary_of(text, "CO") == (
        "Colombia imposes an anti-dumping duty on ‘tubos de acero sin costura’ from South Korea (1 tariff code)."
    )


def test_a_presidential_order_raises_a_rate_from_the_old_to_the_new():
    text = (
        "Adjusting Imports of Lumber Into the United States\n\nBy the authority vested in me as President, "
        "including section 232 of the Trade Expansion Act of 1962, as amended, it is hereby ordered:\n\n"
        "Sec. 2. The additional duty on softwood lumber of Brazil shall be increased from an additional 15 percent "
        "ad valorem to an additional 30 percent ad valorem for goods entered on or after 12:01 a.m. eastern "
        "daylight time on March 3, 2031.\n"
    )
    assert summary_of(text, "US").split(". The additional")[0] == (
        "The US President raises a duty from 15% to 30% on imports from Brazil from 3 March 2031"
    )


def test_an_indian_notification_says_what_the_government_does_not_which_powers_it_uses():
    text = (
        "Notification No. 41/2032-Customs\n\nNew Delhi, the 9th August, 2032\n\nG.S.R. 812(E).- In exercise of "
        "the powers conferred by sub-section (1) of section 25 of the Customs Act, 1962 (52 of 1962), the Central "
        "Government, being satisfied that it is necessary in the public interest so to do, hereby makes the "
        "following further amendments in the notification of the Government of India in the Ministry of Finance "
        "(Department of Revenue), No. 12/2030-Customs, dated the 1st February, 2030, namely:-\n"
    )
    assert summary_of(text, "IN") == (
        "India issues Notification No. 41/2032-Customs of 9 August 2032. The Central Government makes the following "
        "further amendments in the notification of the Government of India in the Ministry of Finance (Department "
        "of Revenue), No. 12/2030-Customs, dated the 1st February, 2030, namely:-"
    )


def test_a_wto_cover_note_says_who_transmits_what():
    text = (
        "NOTIFICATION OF LAWS AND REGULATIONS UNDER ARTICLE 18.5 OF THE AGREEMENT\n\nG/ADP/N/1/NOR/4\n\n"
        "The following communication, dated 2 March 2031, has been received from the delegation of Norway.\n\n"
        "Pursuant to Article 18.5 of the Agreement on Implementation of Article VI, I have the honour to transmit "
        "the text of the amended Customs Duty Regulations of Norway as published in the Norwegian Law Gazette.\n"
    )
    assert summary_of(text, "NO") == (
        "Norway issues Notification of Laws and Regulations under Article 18.5 of the Agreement G/ADP/N/1/NOR/4 of "
        "2 March 2031. Norway transmits the text of the amended Customs Duty Regulations of Norway as published in "
        "the Norwegian Law Gazette."
    )


def test_a_suspension_runs_until_its_end_and_the_publication_formula_is_not_quoted():
    text = (
        "Trade remedies notice 2031/02: anti-dumping measure on ceramic tableware\n\nThis public notice is "
        "published by the Secretary of State under paragraph 14 of Schedule 4 to the Taxation (Cross-border "
        "Trade) Act 2018.[footnote 2]The anti-dumping duty on ceramic tableware originating in Egypt will be "
        "suspended for 9 months from 1 April 2031 until 31 December 2031.\n"
    )
    assert summary_of(text, "GB") == (
        "The UK suspends an anti-dumping duty on ceramic tableware from Egypt from 1 April 2031 until 31 December 2031. "
        "The anti-dumping duty on ceramic tableware originating in Egypt will be suspended for 9 months from 1 April "
        "2031 until 31 December 2031."
    )


def test_headings_in_capitals_and_short_headings_give_way_to_the_sentence_under_them():
    text = (
        "Changes to the tariff\n\nDUTY SUSPENSIONS AND QUOTAS FOR 2031\n\nAmendments to tariff quotas\n\n"
        "The quota volume for frozen hake from Namibia has been increased to 6,500 tonnes from 1 July 2031.\n"
    )
    assert summary_of(text, "GB") == (
        "The UK amends a tariff quota on frozen hake from Namibia from 1 July 2031. The quota volume for frozen hake "
        "from Namibia has been increased to 6,500 tonnes from 1 July 2031."
    )


def test_a_long_french_operative_sentence_is_said_in_english_by_the_facts_alone():
    text = (
        "Décret de remise visant les vêtements importés (2031)\n\nC.P. 2031-88\n\n1 Remise est accordée des droits "
        "de douane payés ou payables en vertu du Tarif des douanes à l’égard des vêtements classés dans le numéro "
        "tarifaire 6204.62.00 qui sont originaires du Bangladesh et qui sont importés au Canada pendant la période "
        "commençant le 1er avril 2031 et se terminant le 31 mars 2033.\n"
    )
    assert (
        summary_of(text, "CA")
        == "Canada grants remission of customs duties for imports from Bangladesh (1 tariff code)."
    )


def test_excluding_in_a_goods_description_excludes_nothing():
    text = (
        "Notification No. 22/2031-Customs (ADD)\n\nNew Delhi, the 3rd June, 2031\n\nThe Central Government, after "
        "considering the final findings of the designated authority, hereby imposes on polyester film, excluding "
        "metallised film, falling under heading 3920 of the First Schedule to the Customs Tariff Act, originating "
        "in Thailand, an anti-dumping duty at the rate of 18.5 per cent of the landed value.\n"
    )
    assert summary_of(text, "IN").split(" (1 tariff code)")[0] == (
        "India announces an anti-dumping duty of 18.5% on polyester film, excluding metallised film from Thailand"
    )  # the origin phrase after the excluded goods goes back to the film: Thailand is targeted


def test_a_duty_order_in_a_register_title_imposes_the_duty():
    text = (
        "DEPARTMENT OF COMMERCE\nInternational Trade Administration\n[A-549-901]\n\n"
        "Aluminum Wire Rod From Thailand: Antidumping Duty Order\n\n"
        "AGENCY: Enforcement and Compliance, International Trade Administration, Commerce.\nSUMMARY: Based on "
        "affirmative final determinations by the Department of Commerce (Commerce) and the International Trade "
        "Commission, Commerce is issuing an antidumping duty order on aluminum wire rod from Thailand.\n"
        "DATES: Applicable May 20, 2031.\n"
    )
    assert summary_of(text, "US") == (
        "The US Department of Commerce imposes an anti-dumping duty on aluminum wire rod from Thailand from 20 May 2031."
    )


def test_page_furniture_is_never_the_operative_sentence():
    assert [
        is_furniture(line)
        for line in (
            "Amendments to quota order numbers",
            "Notification No. 9/2031-Customs (ADD), F.No. 354/77/2030-TRU, Dated 4th May, 2031",
            "Please see the revised rates for 1 July 2031 in the tariff.",
            "Changes to duty rates affecting the following codes:",
            "The EU version on EUR-Lex is the version that applies in the EU.",
            "Safeguard questions posed by Chile 作者:Chile",
            "417(E), dated the 2nd March, 2029 In the said notification, the entry shall be substituted;",
            "The duty on frozen hake from Namibia is reduced to 2% from 1 July 2031.",
        )
    ] == [True, True, True, True, True, True, True, False]


def test_formulas_give_way_to_what_the_actor_does():
    assert plain_operative(
        "Further to the decisions of the Committee, I have the honour to submit the Customs Order of Ruritania.",
        "Ruritania",
    ) == ("Ruritania submits the Customs Order of Ruritania.")
    assert plain_operative("El Director, en ejercicio de sus facultades legales, RESUELVE:", "Colombia") is None


def test_a_sentence_that_repeats_the_lead_is_not_quoted_but_one_with_a_new_figure_is():
    lead = "The UK introduces an anti-dumping duty on glass bottles from Serbia from 2 May 2031."
    assert restates("An anti-dumping duty on glass bottles from Serbia is being introduced from 2 May 2031.", lead)
    assert not restates("An anti-dumping duty of 31.6% on glass bottles from Serbia applies from 2 May 2031.", lead)


def test_goods_are_read_up_to_their_classification_origin_or_verb_and_never_as_a_generic_word():
    assert [
        goods_named(sentence)
        for sentence in (
            "Remission is granted of the duties on bicycle helmets under tariff item No. 6506.10.20 from Vietnam.",
            "The quantity of frozen squid of heading 0307 that may enter at the preferential rate is 800 tonnes.",
            "Cold Rolled Stainless Steel Coil Exported from Indonesia",
            "The duty on walnut kernels of Chile shall be increased to 12 percent.",
            "The surtax applies to goods originating in Ruritania.",
        )
    ] == ["bicycle helmets", "frozen squid", "cold rolled stainless steel coil", None, None]


def test_a_side_note_and_section_number_do_not_open_the_sentence():
    assert without_heading("Marginal note:Remission 1 Remission is granted of the duties on canoes.") == (
        "Remission is granted of the duties on canoes."
    )
