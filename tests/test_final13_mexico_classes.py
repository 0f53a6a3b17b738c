"""Mexican documents by class (round 10 second pass, final13 1434-1435): a resolution writes a duty's amount in
figures, spells it out again in brackets and names its currency again before the unit ('$0.85 (cero punto ochenta
y cinco) dólares de los Estados Unidos de América, en adelante dólares, por kilogramo'). Every passage is written
for these tests."""

from nlp.pipeline import analyse


def rates(text: str) -> list[tuple[float, str]]:
    return [(rate.value, rate.unit) for rate in analyse(text, jurisdiction="MX")._.rates]


def test_an_amount_spelled_out_again_in_brackets_is_a_specific_duty():
    text = (
        "RESOLUCIÓN Final de la investigación antidumping sobre las importaciones de alambrón originarias de Ruritania\n\n"
        "PRIMERO. Se impone una cuota compensatoria definitiva de $1,204.37 (mil doscientos cuatro punto treinta y siete)"
        " dólares de los Estados Unidos de América, en adelante dólares, por tonelada métrica a las importaciones de"
        " alambrón originarias de Ruritania.\n"
    )
    assert rates(text) == [(1204.37, "USD/tonne")]
