"""Round 23 probe matrix for duty rates (issue 15, must-have 5): passages WRITTEN FOR THESE TESTS, one per way a rate
is written or a near miss a careless rule takes (the matrix: eval/heldout/README.md, 'Round 23 probe matrix: rates').
Each test above the guards failed on the tree before round 23's fixes; each pins the one right set of (value, unit).
Classes: 'per centum' as a percent word; an Indian 'Duty amount | Unit | Currency' table; an amendment's quoted 'Free';
German singular 'Zoll' compounds; yearly figures ('per annum') and a statute's ceiling ('not to exceed 15 percent');
proposed rates (a Federal Register request for comments, a clause proposing its duty, a rate an official may
recommend); taxes that are no customs duty named before the figure (VAT, ICMS, IVA); a share of a quota's volume; a range in
Spanish words ('entre 10 y 20 por ciento'); a 'Decision' heading ending a long 'Background' section."""

from tests.test_rates_quotas import rates


def values(text: str, **kwargs) -> list[tuple]:
    return sorted((float(value), unit) for value, unit, *_ in rates(text, **kwargs))


def test_per_centum_is_a_percent_word():
    """'per centum' (a proclamation's Latin) is a percent word, as 'per cent' is."""
    text = "PROCLAMATION 11022\nNOW, THEREFORE, I do hereby proclaim:\nClause 2. The rate of duty on the articles described in the Annex shall be 15 per centum ad valorem.\n"
    assert values(text, jurisdiction="US") == [(15.0, "percent")]


def test_an_indian_duty_amount_column_headed_duty_amount():
    """an amount | unit | currency table whose amount column is headed 'Duty amount'."""
    text = "NOTIFICATION No. 13/2031-Customs (ADD)\nthe Central Government hereby imposes on the subject goods an anti-dumping duty at the rate specified in column (7) of the Table below.\nTable\nS.No. | Heading | Description | Country of origin | Producer | Duty amount | Unit | Currency\n1 | 2815 11 10 | Caustic soda | China PR | Any | 115.20 | MT | USD\n"
    assert values(text, jurisdiction="IN") == [(115.2, "USD/tonne")]


def test_an_amendment_substituting_free_sets_a_zero_rate():
    """'Omit "5%", substitute "Free"': the quoted new rate of an amendment, with no duty word near."""
    text = 'Customs Tariff Amendment (2031 Measures No. 1) Act 2031\nSchedule 1—Amendments\n1 Subheading 8703.23.10\nOmit "5%", substitute "Free".\n'
    assert values(text, jurisdiction="AU") == [(0.0, "percent"), (5.0, "percent")]


def test_a_german_singular_zoll_compound_names_the_duty():
    """a German compound ending in the singular 'Zoll' ('Einfuhrzoll') names the duty."""
    text = "DURCHFÜHRUNGSVERORDNUNG (EU) 2031/521 DER KOMMISSION\nHAT FOLGENDE VERORDNUNG ERLASSEN:\nArtikel 1\nDer Einfuhrzoll wird auf 3,5 EUR je 100 kg festgesetzt.\n"
    assert values(text, jurisdiction="EU") == [(3.5, "EUR/100 kg")]


def test_interest_per_annum_is_no_rate():
    """a yearly rate (interest 'per annum') is no duty."""
    text = "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nACTION: Notice.\nSUMMARY: Interest on overpayments of duties shall be calculated at the rate of 7 percent per annum, the rate set by the Internal Revenue Service.\n"
    assert values(text, jurisdiction="US") == []


def test_growth_per_annum_is_no_rate():
    """a yearly figure ('grew 35 percent per annum') is no duty; the sentence's own duty stays."""
    text = "REPUBLIC OF THE PHILIPPINES\nDEPARTMENT ORDER NO. 31\nNOW, THEREFORE, the following is hereby ordered:\nSECTION 1. A safeguard duty of PHP 8.00 per kilogram is imposed on imports of glass; imports grew 35 percent per annum during the period.\n"
    assert values(text, jurisdiction="PH") == [(8.0, "PHP/kg")]


def test_a_statutes_ceiling_is_no_rate():
    """'not to exceed 15 percent': a statute's ceiling on a future surcharge."""
    text = "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nACTION: Notice.\nSUMMARY: Section 122 of the Trade Act of 1974 authorizes the President to impose a temporary import surcharge not to exceed 15 percent ad valorem. No such surcharge is imposed by this notice.\n"
    assert values(text, jurisdiction="US") == []


def test_a_request_for_comments_sets_no_rate():
    """a Federal Register notice whose ACTION is a request for comments proposes its rates."""
    text = "Office of the United States Trade Representative\nACTION: Request for comments.\nSUMMARY: USTR proposes to impose an additional duty of 50 percent on products of Brazil and invites public comment on the proposed action.\n"
    assert values(text, jurisdiction="US") == []


def test_a_clause_proposing_its_rate_sets_none():
    """the clause's verb proposes the duty ('proposes to impose')."""
    text = "Ministry of Economy and Finance\nThe Ministry proposes to impose an anti-dumping duty of 27.9 percent on stainless steel from Japan and invites comments until 10 May 2031.\n"
    assert values(text, jurisdiction="KR") == []


def test_a_proposed_figure_beside_the_imposed_one():
    """an earlier proposal's figure ('proposed additional duties of 100 percent') beside the duty imposed."""
    text = "Office of the United States Trade Representative\nACTION: Notice of modification of action.\nSUMMARY: The notice of May 2031 proposed additional duties of 100 percent. The Trade Representative has determined to impose an additional duty of 50 percent on the listed products of China, effective June 1, 2031.\n"
    assert values(text, jurisdiction="US") == [(50.0, "percent")]


def test_a_rate_an_official_may_recommend_later_is_none():
    """a rate an official 'may recommend' later."""
    text = "PROCLAMATION 11040\nNOW, THEREFORE, I do hereby proclaim:\n(1) An additional duty of 10 percent ad valorem applies to the listed articles.\n(2) The Secretary shall monitor imports and may recommend an increase of the rate to 25 percent if imports continue to rise.\n"
    assert values(text, jurisdiction="US") == [(10.0, "percent")]


def test_import_vat_is_no_customs_duty():
    """the nearest charge named before the figure is VAT."""
    text = "HM Revenue & Customs\nCustoms Notice 2031/07\nFrom 1 July 2031 the import duty on bicycles from China is 14%. Import VAT at 20% continues to be charged.\n"
    assert values(text, jurisdiction="GB") == [(14.0, "percent")]


def test_vat_after_the_duty_in_one_sentence():
    """the duty and VAT in one sentence: only the duty."""
    text = "HM Revenue & Customs\nCustoms Notice 2031/08\nFrom 1 July 2031 the import duty on e-bikes from China is 6% and import VAT of 20% is charged on the duty-paid value.\n"
    assert values(text, jurisdiction="GB") == [(6.0, "percent")]


def test_icms_is_no_customs_duty():
    """Portuguese ICMS, a tax that is no customs duty."""
    text = "RESOLUÇÃO GECEX Nº 603, DE 2031\nresolve:\nArt. 1º Alterar para 18% a alíquota do Imposto de Importação do código 8703.80.00.\nArt. 2º A alíquota do ICMS de 12% não é alterada por esta Resolução.\n"
    assert values(text, jurisdiction="BR") == [(18.0, "percent")]


def test_iva_is_no_customs_duty():
    """Spanish IVA beside the arancel."""
    text = "DECRETO por el que se modifica la Tarifa\nARTÍCULO ÚNICO.- La fracción 7208.51.02 pagará un arancel de 15% ad valorem; el IVA de 16% se causa conforme a su ley.\n"
    assert values(text, jurisdiction="MX") == [(15.0, "percent")]


def test_a_quotas_fill_share_is_no_rate():
    """a share of a quota's volume ('90 % of the volume of tariff quota')."""
    text = "COMMISSION IMPLEMENTING REGULATION (EU) 2031/490\nHAS ADOPTED THIS REGULATION:\nArticle 1\nWhere 90 % of the volume of tariff quota 09.4321 has been used, the in-quota duty of 0 % shall apply until the quota is exhausted.\n"
    assert values(text, jurisdiction="EU") == [(0.0, "percent")]


def test_a_range_in_spanish_words():
    """a range opened by 'entre' and joined by 'y' ('entre 10 y 20 por ciento'): both ends are rates."""
    text = "DECRETO 1455 DE 2031\nDECRETA:\nArtículo 1. Establécese un arancel de entre 10 y 20 por ciento para las subpartidas del Anexo.\n"
    assert values(text, jurisdiction="CO") == [(10.0, "percent"), (20.0, "percent")]


def test_a_decision_heading_after_a_long_background():
    """a notice whose 'Decision' heading ends its long 'Background' section: its rates stand in the operative part (fact far from the start)."""
    text = "ANTI-DUMPING NOTICE NO. 2031/050\nBackground\n1. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n2. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n3. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n4. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n5. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n6. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n7. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n8. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n9. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n10. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n11. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n12. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n13. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n14. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n15. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n16. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n17. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n18. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n19. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n20. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n21. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n22. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n23. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n24. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n25. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n26. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n27. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n28. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n29. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n30. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n31. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n32. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n33. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n34. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n35. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n36. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n37. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n38. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n39. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n40. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n41. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n42. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n43. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n44. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n45. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n46. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n47. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n48. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n49. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n50. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n51. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n52. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n53. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n54. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n55. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n56. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n57. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n58. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\n59. The Commission examined the submissions of the interested parties concerning the goods and the Australian industry, and considered them.\nDecision\nI have decided to impose interim dumping duty at a fixed rate of 14.6% and a variable component of $85.20 per tonne.\n"
    assert values(text, jurisdiction="AU") == [(14.6, "percent"), (85.2, "AUD/tonne")]


# Guards: positives and near misses that held before round 23, kept to guard its fixes (a duty word between VAT and the
# figure, 'as proposed' after an imposed rate, 'not to exceed 150 days', a rate of the value for duty, ...).


def test_guard_g_vat_1():
    """duty word between VAT and figure (held before round 23; guards its fixes)."""
    text = "COMMISSION IMPLEMENTING REGULATION (EU) 2031/510\nHAS ADOPTED THIS REGULATION:\nArticle 1\nImporters registered for VAT shall pay a definitive anti-dumping duty of 25,3 % on imports of steel wheels originating in China.\n"
    assert values(text, jurisdiction="EU") == [(25.3, "percent")]


def test_guard_g_prop_1():
    """'as proposed' final rate kept (held before round 23; guards its fixes)."""
    text = "Office of the United States Trade Representative\nACTION: Notice of action.\nSUMMARY: After considering comments, the Trade Representative has determined to impose an additional duty of 25 percent on the products of China listed in the Annex, as proposed in the notice of July 2031.\n"
    assert values(text, jurisdiction="US") == [(25.0, "percent")]


def test_guard_g_ceiling_1():
    """ceiling words then the duty itself (held before round 23; guards its fixes)."""
    text = "PROCLAMATION 11050\nNOW, THEREFORE, I do hereby proclaim:\n(1) Pursuant to section 122, a temporary import surcharge of 10 percent ad valorem, not to exceed 150 days, is imposed on all articles.\n"
    assert values(text, jurisdiction="US") == [(10.0, "percent")]


def test_guard_g_quota_1():
    """share of goods vs duty of value (held before round 23; guards its fixes)."""
    text = "SOR/2031-116\nOrder Imposing a Surtax\nThe Governor in Council makes the annexed Order.\n2. A surtax is imposed at a rate of 25% of the value for duty of the goods.\n"
    assert values(text, jurisdiction="CA") == [(25.0, "percent")]


def test_guard_de_nm_tax():
    """German Einfuhrumsatzsteuer (held before round 23; guards its fixes)."""
    text = "Bekanntmachung des Bundesministeriums der Finanzen\nDer Zollsatz für Fahrräder beträgt 14 %. Die Einfuhrumsatzsteuer von 19 % bleibt unberührt.\n"
    assert values(text, jurisdiction="DE") == [(14.0, "percent")]


def test_guard_in_table_2():
    """IN table 'Amount' header guard (held before round 23; guards its fixes)."""
    text = "NOTIFICATION No. 15/2031-Customs (ADD)\nthe Central Government hereby imposes anti-dumping duty at the amount specified in column (7) of the Table below.\nTable\nS.No. | Heading | Country | Producer | Amount | Unit | Currency\n1 | 2917 36 00 | China PR | Any | 84.65 | MT | USD\n"
    assert values(text, jurisdiction="IN") == [(84.65, "USD/tonne")]


def test_guard_av_us_nm2():
    """market share (held before round 23; guards its fixes)."""
    text = "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nACTION: Notice.\nSUMMARY: The Commission found that subject imports held a market share of 35 percent of apparent U.S. consumption in 2030.\n"
    assert values(text, jurisdiction="US") == []


def test_guard_av_eu_nm1():
    """injury margin (held before round 23; guards its fixes)."""
    text = "COMMISSION IMPLEMENTING REGULATION (EU) 2031/458\nWhereas:\n(45) The injury margin established for the cooperating exporter was 41,2 %, above its dumping margin.\nHAS ADOPTED THIS REGULATION:\nArticle 1\nA definitive anti-dumping duty of 30,1 % is imposed on imports of glass fibre originating in Egypt.\n"
    assert values(text, jurisdiction="EU") == [(30.1, "percent")]


def test_guard_av_eu_nm2():
    """recital history (held before round 23; guards its fixes)."""
    text = "COUNCIL REGULATION (EU) 2031/459\nWhereas:\n(1) By Regulation (EU) 2025/11 the Council imposed a definitive anti-dumping duty of 48,5 % on imports of citric acid.\nHAS ADOPTED THIS REGULATION:\nArticle 1\nThe definitive anti-dumping duty on citric acid originating in China is repealed.\n"
    assert values(text, jurisdiction="EU") == []


def test_guard_av_us_nm5():
    """value-added threshold (held before round 23; guards its fixes)."""
    text = "PROCLAMATION 11023\nNOW, THEREFORE, I do hereby proclaim:\n(1) An additional duty of 20 percent ad valorem shall apply to the articles in the Annex, except articles of which at least 40 percent of the value is of United States content.\n"
    assert values(text, jurisdiction="US") == [(20.0, "percent")]


def test_guard_nm_content():
    """local content share (held before round 23; guards its fixes)."""
    text = "PERATURAN-PERATURAN KASTAM\nCUSTOMS DUTIES (AMENDMENT) ORDER 2031\nIn exercise of the powers conferred, the Minister makes the following order:\n2. Goods with a regional value content of not less than 40 per cent shall be subject to customs duty at the rate of 5 per cent.\n"
    assert values(text, jurisdiction="MY") == [(5.0, "percent")]


def test_guard_asia_nm():
    """inflation (held before round 23; guards its fixes)."""
    text = "REPUBLIC OF THE PHILIPPINES\nEXECUTIVE ORDER NO. 100\nWHEREAS, the inflation rate for rice reached 24.4 percent in 2030;\nNOW, THEREFORE, I do hereby order:\nSECTION 1. The rate of import duty on rice shall be 15 percent.\n"
    assert values(text, jurisdiction="PH") == [(15.0, "percent")]


def test_guard_co_us_1():
    """US determination margins table (labelled no rate, read20-na) (held before round 23; guards its fixes)."""
    text = "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nACTION: Notice.\nSUMMARY: Commerce determines the following estimated weighted-average dumping margins and will instruct CBP to collect cash deposits at these rates.\nFinal Determination\nExporter/producer | Weighted-average dumping margin (percent)\nHebei Wire Co., Ltd | 45.12\nTianjin Metals Co., Ltd | 61.30\nAll Others | 53.21\n"
    assert values(text, jurisdiction="US") == []


def test_guard_ca_surtax():
    """CA surtax % (held before round 23; guards its fixes)."""
    text = "SOR/2031-115\nChina Surtax Order (2031)\nThe Governor in Council makes the annexed Order.\n2. A surtax is imposed on the goods listed in the schedule at a rate of 25% of the value for duty.\n"
    assert values(text, jurisdiction="CA") == [(25.0, "percent")]


def test_guard_uk_free():
    """UK '0%' quota rate (held before round 23; guards its fixes)."""
    text = "Trade Remedies Notice 2031/04\nThe Secretary of State has decided that goods within the tariff-rate quota will pay a duty of 0%, and goods above it an additional 25%.\n"
    assert values(text, jurisdiction="GB") == [(0.0, "percent"), (25.0, "percent")]


def test_guard_fr_eu_sp():
    """French specific amount (held before round 23; guards its fixes)."""
    text = "RÈGLEMENT D'EXÉCUTION (UE) 2031/520 DE LA COMMISSION\nA ADOPTÉ LE PRÉSENT RÈGLEMENT:\nArticle premier\nLe droit à l'importation applicable au sucre brut est fixé à 12,5 EUR par 100 kg net.\n"
    assert values(text, jurisdiction="EU") == [(12.5, "EUR/100 kg")]


def test_guard_co_eu_prose():
    """EU company rates in prose with residual (held before round 23; guards its fixes)."""
    text = "COMMISSION IMPLEMENTING REGULATION (EU) 2031/530\nHAS ADOPTED THIS REGULATION:\nArticle 1\n2. The definitive anti-dumping duty shall be 15,2 % for Ningbo Valves Co., Ltd and 28,4 % for all other companies.\n"
    assert values(text, jurisdiction="EU") == [(15.2, "percent"), (28.4, "percent")]


def test_guard_nm_rose():
    """statistic 'rose by x percent' (held before round 23; guards its fixes)."""
    text = "DEPARTMENT OF COMMERCE\nInternational Trade Administration\nACTION: Notice.\nSUMMARY: Imports of subject merchandise rose by 42 percent between 2029 and 2031. Commerce imposes an antidumping duty order with a cash deposit rate of 18.36 percent.\n"
    assert values(text, jurisdiction="US") == [(18.36, "percent")]


def test_guard_nm_points():
    """percentage points moved (held before round 23; guards its fixes)."""
    text = "COMMISSION IMPLEMENTING REGULATION (EU) 2031/532\nWhereas:\n(80) Profitability fell by 6 percentage points to 1,2 %.\nHAS ADOPTED THIS REGULATION:\nArticle 1\nA definitive anti-dumping duty of 11,8 % is imposed.\n"
    assert values(text, jurisdiction="EU") == [(11.8, "percent")]


def test_guard_nm_cvd_subsidy():
    """subsidy rate not set as duty (held before round 23; guards its fixes)."""
    text = "COMMISSION IMPLEMENTING REGULATION (EU) 2031/533\nWhereas:\n(120) The subsidy rate established for the sampled exporting producer amounted to 7,9 %.\nHAS ADOPTED THIS REGULATION:\nArticle 1\nA definitive countervailing duty of 6,3 % is imposed.\n"
    assert values(text, jurisdiction="EU") == [(6.3, "percent")]


def test_guard_sp_nm_threshold():
    """value threshold amount (held before round 23; guards its fixes)."""
    text = "CSMS # 66012350 - De minimis\nEffective August 29, 2031, shipments valued at $800 or less are no longer exempt; the additional duty of $80 per postal item applies.\n"
    assert values(text, jurisdiction="US") == [(80.0, "USD/postal item")]


def test_guard_rg_2():
    """hyphen range '5-15 percent' (held before round 23; guards its fixes)."""
    text = "NOTIFICATION No. 21/2031-Customs\nthe Central Government hereby exempts the goods from so much of the duty as is in excess of the rates of 5-15 percent specified in the Table.\n"
    assert values(text, jurisdiction="IN") == [(5.0, "percent"), (15.0, "percent")]
