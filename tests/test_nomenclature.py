"""`tariffwatch nomenclature sync` against loopback copies of the official downloads."""

from tests.conftest import FIXTURES

NOMENCLATURE = FIXTURES / "nomenclature"


def configure(project, httpserver):
    data = project.config_data()
    data["nomenclature"] = {
        "hs_url": httpserver.url_for("/files/v1/app/reference/HS.json"),
        "us_hts_url": httpserver.url_for("/reststop/exportList"),
    }
    project.write_config(data)


def test_sync_loads_both_lists_and_describes_codes(project, httpserver):
    httpserver.expect_request("/files/v1/app/reference/HS.json").respond_with_data(
        (NOMENCLATURE / "comtrade_hs.json").read_bytes(), content_type="application/json"
    )
    httpserver.expect_request("/reststop/exportList").respond_with_data(
        (NOMENCLATURE / "usitc_hts.json").read_bytes(), content_type="application/json"
    )
    configure(project, httpserver)
    result = project.run("nomenclature", "sync")
    assert result.exit_code == 0, result.output
    assert "hs: 3 codes" in result.stdout and "us_hts: 4 codes" in result.stdout
    lookup = project.run("nomenclature", "lookup", "7208.51.0060")
    assert lookup.stdout.strip() == "Of a thickness exceeding 10 mm: other"
    assert project.run("nomenclature", "lookup", "7208 51 20").stdout.startswith(
        "Iron or non-alloy steel; not in coils"
    )
    assert project.run("nomenclature", "lookup", "8703").stdout.strip().startswith("Chapter 87: Vehicles")


def test_a_failed_download_keeps_the_previous_list(project, httpserver):
    httpserver.expect_oneshot_request("/files/v1/app/reference/HS.json").respond_with_data(
        (NOMENCLATURE / "comtrade_hs.json").read_bytes(), content_type="application/json"
    )
    httpserver.expect_request("/files/v1/app/reference/HS.json").respond_with_data(
        "<html>maintenance</html>", content_type="text/html"
    )
    configure(project, httpserver)
    assert project.run("nomenclature", "sync", "hs").exit_code == 0
    result = project.run("nomenclature", "sync", "hs")
    assert result.exit_code == 1 and "hs: failed: HS reference file: not valid JSON" in result.stdout
    assert project.store().nomenclature_counts() == {"hs": 3}
