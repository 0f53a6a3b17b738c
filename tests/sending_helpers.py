"""Sending tests' shared material: four documents written for them, a project pointed at a loopback SMTP server."""

from __future__ import annotations

SECRET = "test-signing-key-0123456789"
DOCUMENTS = {
    "eu-steel.html": (
        "Anti-dumping duty on hot-rolled steel from China",
        "Commission Implementing Regulation (EU) 2026/1 imposing a definitive anti-dumping duty on imports "
        "of steel falling within CN code 7208 51 20 originating in the People's Republic of China.",
    ),
    "us-steel.txt": (
        "Section 232 duties on flat-rolled steel",
        "Federal Register. An additional 25 percent ad valorem rate of duty applies to steel articles of "
        "headings 7208 to 7212 of the HTSUS, effective December 1, 2026.",
    ),
    "ca-steel.txt": (
        "Surtax on steel products",
        "The Governor General in Council, under the Customs Tariff, imposes a surtax on goods of Chapter 72 "
        "that originate in the United States.",
    ),
    "uk-cars.txt": (
        "Commodity code changes for motor cars",
        "Tariff stop press notice from HMRC: please insert the following commodity codes under heading 8703:\n"
        "8703 80 10 00 | Electric vehicles",
    ),
}


def point_at(project, port):
    data = project.config_data()
    data["smtp"] = {"host": "127.0.0.1", "port": port, "from": "tariffwatch <digest@tariffwatch.example>"}
    data["digest"]["base_url"] = "https://tariffwatch.example"
    project.write_config(data)


def subscribe(project, email, *options):
    result = project.run("subscribe", email, *options)
    assert result.exit_code == 0, result.output + result.stderr


def plain(message) -> str:
    """The text part as a reader sees it (line ends as \n, whatever the transfer encoding kept)."""
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def documents_in(message) -> set[str]:
    """The documents a message carries, known by their official links."""
    text = plain(message)
    return {name for name in DOCUMENTS if f"https://example.org/{name}" in text}
