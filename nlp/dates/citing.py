"""How a title cites another act by its date: the words that make a dated act another one's (corrigenda, amending
and repealing acts, 'further to our notice of', in the Romance languages, Dutch and German), what is said after
its date ('is repealed'), the journal issue before it, and the 'of <date>' that ties a date to an act."""

from __future__ import annotations

import re

from nlp.text.patterns import guarded

# a title that names another act: its date is that act's ("Corrigendum to Commission Regulation (EU) 2031/55 of",
# "Regulations amending the Customs Tariff Order of", "This notice replaces Notice 7/2029 of", "Further to our notice
# of", "In its ruling of"); "of the Council", "dated the" and a sentence's opening "The" are
# the act's own author
CITING = guarded(
    r"\b(?:corrigendum|correction|amend(?:s|ing|ment\s+(?:to|of))|replac(?:es|ing)|repeal(?:s|ing)|revok(?:es|ing)"
    r"|pursuant\s+to|in\s+accordance\s+with|further\s+to|its|our|their|previous|earlier)\b"
    # ... and an Official Journal corrigendum in the Union's other languages: "Rettifica del regolamento … dell'",
    # "Berichtigung der Verordnung … vom", "Rectificatif au règlement … du", "Corrección de errores del Reglamento …
    # de", "Retificação do", "Rectificatie van": the date is the corrected act's (the corrigendum has none of its own)
    r"|\b(?:rettifica|berichtigung|rectificatif|correcci[oó]n\s+de\s+errores|retifica[cç][aã]o|rectificatie)\b"
    # ... in the Romance languages and Dutch: "Derógase la Resolución 200 del", "que modifica el Decreto ... de",
    # "modifiant l'arrêté du", "fica revogada a Portaria ... de", "tot wijziging van het besluit van"
    r"|\b(?:der[oó]g|revog|abrog|modific|modifiant|modifie|wijzig)\w*"
    # ... and a Brazilian resolution's summary line: "Altera o Anexo V da Resolução Gecex nº 272, de 19 de ..."
    r"|\b(?:altera|alteram|alterando|alterou)\b"
    # ... and the Romance languages' 'pursuant to', and a report's 'recorded in' ("Cette décision, consignée dans
    # l'arrêté conjoint n°1.25 du …", "en vertu du décret n° … du", "en virtud de la Resolución … de"): another's act
    r"|\b(?:en\s+vertu\s+d|conformément\s+(?:à|aux)|en\s+application\s+d|consign\w*\s+dans|en\s+virtud\s+d"
    r"|de\s+acuerdo\s+con|nos\s+termos\s+d"
    # ... and Italian: "in conformità all'articolo 11 … del regolamento (UE) 2016/1036 …, dell'8 giugno", "ai sensi del"
    r"|in\s+conformit[àa]\s+a|ai\s+sensi\s+d|a\s+norma\s+d"
    # ... and the act an investigation was opened by: "dentro de la investigación iniciada mediante la Resolución 192
    # del 3 de julio de 2031" (a preliminary or final determination's epigraph), "por medio de la", "através da"
    r"|\bmediante\b|\bpor\s+medio\s+d|\batrav[ée]s\s+d)"
    # ... and 'according to' ("attribuées … selon le règlement du 22 décembre 1933", "gemäss der Verordnung vom",
    # "allocated according to the Regulation of"): the act a rule follows, not the one that states it
    r"|\b(?:selon|d['’]apr[èe]s|gem[äa](?:ss|ß)|according\s+to|as\s+per)\b"
    # ... and goods or a scope described by the act that set them: "Cells and Modules as specified in Presidential
    # Proclamation 10339 of", "products as defined in Regulation (EU) 2019/159 of" (a bulletin's field under no heading)
    r"|\b(?:specified|described|defined|set\s+(?:out|forth)|listed|provided\s+for)\s+in\b"
    # ... and German: "Mit der Durchführungsverordnung ... vom ... wurde" (a German title's own date stands on its
    # own line, "Verordnung zur Änderung der Einfuhrverordnung" / "Vom 12. März 2031": no citing word there)
    r"|\b(?:mit|durch)\s+(?:der|die|das|den)\b"
    # ... and a German title that cites a law or an ordinance in the genitive: "Bericht ... nach Artikel 10 des
    # Bundesgesetzes vom 25. Juni 1982" (that law's date; the report's own follows its title: "... vom 14. Januar")
    r"|\b(?:des|der)\s+\w*(?:gesetz|verordnung)(?:es|s)?\s+vom\b"
    # ... and an enacting formula's power under another act: "no uso da atribuição que lhe confere o art. 7º do Decreto
    # nº 10.044, de ...", "en uso de las facultades que le confiere el Decreto ... de", "powers conferred by"
    r"|\b(?:no\s+uso\s+d[ae]s?\s+atribui\w*|que\s+lhe\s+confere|en\s+(?:uso|ejercicio)\s+de\s+(?:las\s+|sus\s+)?"
    r"(?:facultades|atribuciones)|conferred\s+(?:on|upon|by))\b"
    r"|(?-i:(?<!\bof\s)(?<!\band\s)(?<!\bdated\s)\bthe\b)",
    re.I,
)
# an act whose date is followed by what is done to it: "L'arrêté du 4 mai 2031 est abrogé", "The Order of 3 May 2031
# is repealed", "queda derogada": the act acted on, not this one
CITED_AFTER = re.compile(
    r"[\s,]{0,3}(?:(?:est|sont|is|are|queda|quedan|fica|ficam|wird|werden|wordt|worden)\s+(?:hereby\s+)?)"
    r"(?:abrog|repeal|revok|rescind|amend|modifi|derog|revog|aufgehoben|geändert|ingetrokken|gewijzigd)",
    re.I,
)
# "of 14 January 2022", "du 26 janvier 2016", "vom 2. Juli 2019", "dell'8 agosto 2016"; "Conseildu" where a page was
# flattened
# ("As of 3 May 2031" opens a sentence, "at the close of 30 June 2031" names a time: no act's date)
# An Official Journal reference right before the date ('ABl. C 212 vom', 'OJ L 71 of', 'JO L 50 du'): the issue
# that published the act a news item reports, not the date of the act in the title.
JOURNAL_CITATION = guarded(
    r"\b(?:ABl|OJ|JO|DO|GU|PB|EUT|EYT)\.?\s+[LC]\s*\d+(?:\s*[A-Z])?\s*,?\s*(?:vom|of|du|del|de|van)?\s*$"
    # ... or the act named, then the gazette it was published in: "A Resolução GECEX nº 155/2031, publicada no DOU de"
    r"|\bpublicad[ao]s?\s+(?:no|en\s+el|na|en\s+la)\s+(?:DOU|DOF|D\.O\.U\.|Di[áa]rio\s+Oficial[\w\s]{0,30}?|Gaceta\s+Oficial)"
    r"\s+(?:de|del|em)\s*$"
)
OF_DATE = guarded(
    r"(?:(?<!\bas)(?<!\bclose)(?<!\bend)(?<!\bstart)(?<!\bbeginning)(?<!\bingang)(?<!\bpartir)\s(?:of|dated|du|vom|de|del|van)|\sdell['’]|(?<=[a-zé])(?:du|vom))\s*$",
    re.I,
)
