"""Implementing jurisdiction, round 7 of issue 15: a Chinese portal's record of a WTO notification names its
notifying Member under '通告成员:' / '通报成员:' (that Member acts, even when the notification is joint), and
the Separate Customs Territory of Taiwan, Penghu, Kinmen and Matsu notifies under the WTO code TPKM. Every
record is written for these tests (other standards, Members and numbers than any eval set)."""

from nlp.countries.rules import implementing_jurisdiction


def jurisdiction(text: str) -> list[tuple[str, str]]:
    return [(m.code, m.text) for m in implementing_jurisdiction(text)]


def test_a_portal_record_of_a_joint_notification_names_its_notifying_member():
    text = (
        "通告成员:\nRwanda\n通告类型:\nTBT\n通告发布时间:\n2031-03-02\n通告描述:\n"
        "The Draft East African Standard DEAS 977:2030 Roasted groundnuts — Specification, notified in "
        "G/TBT/N/BDI/611, G/TBT/N/KEN/1702, G/TBT/N/RWA/1104 and G/TBT/N/UGA/2001, was adopted.\n"
        "文档编号:\nG/TBT/N/BDI/611/Add.1, G/TBT/N/KEN/1702/Add.1, G/TBT/N/RWA/1104/Add.1\n"
    )
    assert jurisdiction(text) == [("RW", "Rwanda")]


def test_the_taiwan_customs_territory_notifies_under_tpkm():
    text = (
        "通报号:G/TBT/N/TPKM/731\n通报标题:G/TBT/N/TPKM/731\n通报成员:台澎金马单独关税区\n"
        "通报日期:2031-05-11\n描述:本通知旨在发布电动自行车检验要求修订草案。\n"
    )
    assert jurisdiction(text) == [("TW", "G/TBT/N/TPKM/")]


def test_an_addendum_naming_the_member_that_adopted_the_standard():
    text = (
        "通告成员:\nBurundi\n通告类型:\nTBT\n通告描述:\nThe Draft East African Standard DEAS 512:2030 Baking "
        "powder — Specification, notified in G/TBT/N/BDI/388, G/TBT/N/KEN/1650 and G/TBT/N/RWA/1011, was adopted "
        "by Rwanda on 3 February 2031 as a Rwanda Standard.\n"
    )
    assert jurisdiction(text) == [("RW", "Rwanda")]
