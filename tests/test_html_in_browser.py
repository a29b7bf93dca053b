"""The HTML report in a real browser: headless Chromium (Debian package `chromium`).

Without Chromium the test is skipped, except under CI, where `.ci/run` installs it and a
missing browser is a failure.
"""

import os
import shutil
import subprocess

import pytest

from consistency.renderers import RenderOptions
from consistency.renderers.html import render_html
from tests.hand_built_report import hand_built_report

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")

if BROWSER is None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("CI is set but chromium is not installed; .ci/run installs it with apt-get", pytrace=False)
    pytestmark = pytest.mark.skip(reason="chromium is not installed (Debian: apt-get install chromium)")


def chromium(tmp_path, *arguments: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}", "--hide-scrollbars",
        *arguments,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture
def report_page(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_html(hand_built_report(), RenderOptions()), encoding="utf-8")
    return page


def test_browser_runs_the_filters_and_no_article_script(tmp_path, report_page):
    dom = chromium(tmp_path, "--dump-dom", report_page.as_uri() + "#kind=number&severity=high").stdout
    assert 'data-filters-ready="yes"' in dom  # our script ran under the page's Content-Security-Policy
    assert "data-pwned" not in dom  # the onerror handler in an article title did not
    assert dom.count("<script") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom and "&lt;/table&gt;" in dom
    rows = [line for line in dom.split("<article")[1:]]
    assert len(rows) == 4
    visible = [row for row in rows if " hidden" not in row.split(">", 1)[0]]
    assert [row.count('data-kind="number"') for row in visible] == [1, 1]
    assert "Showing 2 of 4" in dom


def test_browser_screenshot_of_the_report(tmp_path, report_page):
    shot = tmp_path / "report.png"
    chromium(tmp_path, "--window-size=1280,1600", f"--screenshot={shot}", report_page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
