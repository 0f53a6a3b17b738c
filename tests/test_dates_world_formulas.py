"""The entry-into-force formulas of the gazettes outside the EU (issue 15, generalisation): Latin American and
Brazilian acts, Egyptian and Gulf decrees, Japanese, Korean and Chinese regulations all count their entry into force
from their publication in fixed words. One class per fact, parametrised over the languages; every passage is
written for these tests in the shape of the formula."""

import pytest

from nlp.dates.extract import extract_dates

PUBLISHED = "2032-05-10"


def typed(text, published=None):
    return {(d.type, d.date, d.derived) for d in extract_dates(text, published)}


class TestInForceOnThePublicationDay:
    PASSAGES = {
        "es": "La presente Resolución rige a partir de la fecha de su publicación en el Registro Oficial.",
        "pt": "Esta Portaria entra em vigor na data de sua publicação.",
        "ar": "تنشر هذه اللائحة في الجريدة الرسمية، ويعمل بها من تاريخ نشرها.",
        "ja": "この告示は、公布の日から施行する。",
        "ko": "이 고시는 공포한 날부터 시행한다.",
        "zh": "本公告自发布之日起实施。",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_from_the_day_of_publication(self, language):
        assert typed(self.PASSAGES[language], PUBLISHED) == {("entry_into_force", "2032-05-10", True)}


class TestInForceTheDayAfterPublication:
    PASSAGES = {
        "es": "El presente Acuerdo entrará en vigor al día siguiente de su publicación en el Diario Oficial.",
        "ar": "ويعمل بهذا القرار اعتبارا من اليوم التالي لتاريخ نشره.",
    }

    @pytest.mark.parametrize("language", sorted(PASSAGES))
    def test_the_next_day(self, language):
        assert typed(self.PASSAGES[language], PUBLISHED) == {("entry_into_force", "2032-05-11", True)}


class TestInForceDaysAfterPublication:
    PASSAGES = {
        "es words": "El presente decreto entrará en vigor a los quince días de su publicación en la Gaceta Oficial.",
        "pt words": "Esta Resolução entra em vigor quinze dias após a data de sua publicação.",
        "pt digits and words": "Esta Resolução entra em vigor 15 (quinze) dias após a data de sua publicação.",
        "ja": "この省令は、公布の日から起算して15日を経過した日から施行する。",
        "ko": "이 규칙은 공포 후 15일이 경과한 날부터 시행한다.",
    }

    @pytest.mark.parametrize("name", sorted(PASSAGES))
    def test_fifteen_days_after(self, name):
        assert typed(self.PASSAGES[name], PUBLISHED) == {("entry_into_force", "2032-05-25", True)}
