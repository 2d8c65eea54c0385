"""The HTML report as a person sees it: rendered by a real headless Chromium, asserted from the
live page (highlights, the card on click, hover and keyboard focus, filters, the ranking, a
rule's description, an article's script that must not run).

It needs Playwright for Python (a test dependency) and a Chromium installed by the system
(Debian's ``chromium``; ``.ci/run`` installs it); Playwright never downloads a browser here.
``NEWSLINT_CHROMIUM`` names another executable. With ``NEWSLINT_UPDATE_SCREENSHOT=1`` the
test also writes the screenshot shown in the README (docs/report.png).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newslint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_9ccca692cbefa451.txt"


def _chromium() -> str | None:
    named = os.environ.get("NEWSLINT_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:  # pragma: no cover - the test extra installs it
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None,
                       reason="Playwright for Python is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(_chromium() is None,
                       reason="no Chromium on this machine (as root: apt-get install -y chromium)"),
]


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    directory = tmp_path_factory.mktemp("articles")
    (directory / "hostile.txt").write_text(
        "Reporters found <script>window.pwned = 1</script> in the the copy, and "
        '<img src=x onerror="window.pwned = 2"> too.\n', encoding="utf-8")
    (directory / "clean.md").write_text(
        "# Council news\n\nThe council met on Monday and approved the budget.\n", encoding="utf-8")
    out = directory / "report.html"
    code = main(["check", "--format", "html", "-o", str(out), "--fail-on", "never",
                 str(ROOT / "seeds" / SEED), str(directory / "hostile.txt"), str(directory / "clean.md")])
    assert code == 0
    return out.as_uri()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(),
                                             args=["--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, report_url: str) -> Page:
    page = browser.new_page(viewport={"width": 1100, "height": 1000})
    page.goto(report_url)
    yield page
    page.close()


def _open_article(page: Page, name: str) -> str:
    link = page.locator("table.index a", has_text=name)
    key = link.get_attribute("href").lstrip("#")
    link.click()
    assert page.locator(f"#{key}").is_visible() and not page.locator("#index").is_visible()
    return key


def _finding_key(page: Page, article: str, rule: str) -> str:
    item = page.locator(f'#{article} li.finding[data-rule="{rule}"]').first
    return item.get_attribute("id").removeprefix("d-")


def test_index_is_sorted_by_score(page: Page) -> None:
    scores = page.eval_on_selector_all("table.index tbody tr",
                                       "rows => rows.map(row => parseFloat(row.dataset.score))")
    assert len(scores) == 3 and scores == sorted(scores, reverse=True) and scores[-1] == 0
    assert page.locator("#index").is_visible()


def test_highlight_covers_exactly_the_scrambled_expansion(page: Page) -> None:
    article = _open_article(page, SEED)
    key = _finding_key(page, article, "newslint/acronym-expansion")
    marks = page.locator(f'#{article} .prose mark[data-f~="{key}"]')
    assert "".join(marks.all_inner_texts()) == "Joint Comprehensive Action Plan"
    assert marks.first.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"


def test_click_shows_message_suggestion_and_rule(page: Page) -> None:
    article = _open_article(page, SEED)
    key = _finding_key(page, article, "newslint/acronym-expansion")
    card = page.locator("#card")
    assert card.is_hidden()
    page.locator(f'#{article} .prose mark[data-f~="{key}"]').first.click()
    assert card.is_visible()
    text = card.inner_text()
    assert "does not match JCPOA" in text and "Joint Comprehensive Plan of Action" in text
    assert "newslint/acronym-expansion" in text
    page.mouse.move(5, 500)  # a pinned card stays when the pointer leaves
    page.wait_for_timeout(400)
    assert card.is_visible()
    card.locator("a.rule").click()  # the rule's description, one click away
    dialog = page.locator("#rule-dialog")
    assert dialog.is_visible() and "JCPOA" in dialog.inner_text()
    page.keyboard.press("Escape")


def test_hover_and_keyboard_focus_show_the_card(page: Page) -> None:
    article = _open_article(page, SEED)
    key = _finding_key(page, article, "newslint/name-variant")
    mark = page.locator(f'#{article} .prose mark[data-f="{key}"]').first
    mark.hover()
    assert page.locator("#card").is_visible() and "Abbey" in page.locator("#card").inner_text()
    page.mouse.move(5, 5)
    page.locator("#card").wait_for(state="hidden")  # an unpinned card goes with the pointer
    mark.focus()
    assert page.locator("#card").is_visible()
    page.keyboard.press("Escape")
    assert page.locator("#card").is_hidden()


def test_related_location_links_back_to_its_finding(page: Page) -> None:
    article = _open_article(page, SEED)
    key = _finding_key(page, article, "newslint/name-variant")
    related = page.locator(f'#{article} .prose mark.rel[data-f="{key}"]')
    assert related.inner_text() == "Abe"
    related.click()
    page.locator(f'#card a.loc[href="#{key}"]').click()
    assert page.evaluate("location.hash") == f"#{key}"


def test_severity_filter_hides_warnings(page: Page) -> None:
    article = _open_article(page, SEED)
    page.locator('input[name="severity"][value="warning"]').uncheck()
    background = "m => getComputedStyle(m).backgroundColor"
    warning = _finding_key(page, article, "newslint/name-variant")
    error = _finding_key(page, article, "newslint/acronym-expansion")
    assert page.locator(f'#{article} .prose mark[data-f="{warning}"]').first.evaluate(background) \
        == "rgba(0, 0, 0, 0)"
    assert page.locator(f"#d-{warning}").is_hidden()
    assert page.locator(f'#{article} .prose mark[data-f="{error}"]').first.evaluate(background) \
        != "rgba(0, 0, 0, 0)"
    shown = page.eval_on_selector_all(f"#{article} li.finding:not([hidden])",
                                      "items => items.map(item => item.dataset.sev)")
    assert shown and "warning" not in shown


def test_article_markup_never_runs(page: Page) -> None:
    article = _open_article(page, "hostile.txt")
    assert page.evaluate("window.pwned") is None
    assert "<script>window.pwned = 1</script>" in page.locator(f"#{article} .prose").inner_text()


def test_screenshot_of_the_seed_article(page: Page, tmp_path: Path) -> None:
    article = _open_article(page, SEED)
    key = _finding_key(page, article, "newslint/acronym-expansion")
    page.locator(f"#{article} .meta").scroll_into_view_if_needed()
    page.evaluate(f"document.getElementById('{article}').scrollIntoView()")
    page.locator(f'#{article} .prose mark[data-f~="{key}"]').first.click()
    update = os.environ.get("NEWSLINT_UPDATE_SCREENSHOT") == "1"
    target = ROOT / "docs" / "report.png" if update else tmp_path / "report.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000


def test_rule_and_category_filters(page: Page) -> None:
    article = _open_article(page, SEED)
    page.locator("#filter-rule").select_option("newslint/name-near-miss")
    shown = page.eval_on_selector_all(f"#{article} li.finding:not([hidden])",
                                      "items => items.map(item => item.dataset.rule)")
    assert shown and set(shown) == {"newslint/name-near-miss"}
    lit = page.eval_on_selector_all(f"#{article} .prose mark.hl:not(.off):not(.rel)",
                                    "marks => marks.map(mark => mark.innerText)")
    assert set(lit) == {"So Bescent", "Bescent"}
    page.locator("#filter-rule").select_option("")
    page.locator("#filter-category").select_option("accuracy")
    categories = page.eval_on_selector_all(f"#{article} li.finding:not([hidden])",
                                           "items => items.map(item => item.dataset.cat)")
    assert categories and all(c == "accuracy" or c.startswith("accuracy/") for c in categories)


def test_filters_update_the_index(page: Page) -> None:
    page.locator('input[name="severity"][value="warning"]').uncheck()
    page.locator('input[name="severity"][value="info"]').uncheck()
    rows = page.eval_on_selector_all(
        "table.index tbody tr",
        """rows => rows.map(row => [row.querySelector('a').textContent,
            row.querySelector('.c-error').textContent, row.querySelector('.c-warning').textContent,
            row.classList.contains('none')])""")
    by_name = {Path(name).name: (errors, warnings, dimmed) for name, errors, warnings, dimmed in rows}
    assert by_name[SEED] == ("1", "", False)  # the seed's one error is still shown
    assert by_name["clean.md"][2]  # nothing shown: dimmed
