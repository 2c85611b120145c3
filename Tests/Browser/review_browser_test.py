#!/usr/bin/env python3
"""Opens `gongkai review` sites in headless Chromium and checks them against the JSON.

Without arguments it builds its own sites from samples/ (one review per sample PDF and a batch
review of them all) in a scratch folder. With --site DIR=REPORT.json (repeatable) and
--batch-site DIR=OUT_DIR it checks sites already written. Every check opens the site from the
file system. Screenshots go to the scratch folder.

Exits 0 after printing SKIP when Chromium, its driver or Selenium is missing.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parents[2]


def skip(reason):
    print(f"SKIP browser tests: {reason} (scripts/setup installs chromium, chromium-driver and selenium)")
    sys.exit(0)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    skip("Python package selenium is not installed")


class Failure(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise Failure(message)


def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        skip("chromium or chromedriver is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,1000", "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver), options=options)


def open_site(driver, index):
    driver.get(Path(index).resolve().as_uri())
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.body && document.body.dataset.ready === 'true'"))


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def check_document(driver, site, report_path, shots, name):
    report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    open_site(driver, Path(site) / "index.html")
    pages = [page["number"] for page in report["pages"]]
    options = driver.find_elements(By.CSS_SELECTOR, "#page-select option")
    expect(len(options) == len(pages), f"{name}: {len(options)} pages in the chooser, {len(pages)} in the JSON")
    clicked = False
    for index, number in enumerate(pages):
        driver.execute_script(
            "const s = document.getElementById('page-select'); s.value = arguments[0];"
            "s.dispatchEvent(new Event('change'));", str(index))
        drawn = len(driver.find_elements(By.CSS_SELECTOR, "#overlay rect.cell"))
        want = sum(1 for t in report["tables"] for c in t["cells"] if c["page"] == number)
        expect(drawn == want, f"{name} page {number}: {drawn} cells drawn, {want} in the JSON")
        for table in report["tables"]:
            if number not in table["pages"]:
                continue
            spans = driver.execute_script(
                "return [...document.querySelectorAll('table.grid[data-table=\"' + arguments[0] + '\"] [data-cell]')]"
                ".map(n => [n.dataset.cell, n.rowSpan, n.colSpan, n.textContent])", table["id"])
            got = sorted((s[0], s[1], s[2], s[3]) for s in spans)
            want_spans = sorted((f"{table['id']}:{c['row']}:{c['col']}", c["row_span"], c["col_span"], c["text"])
                                for c in table["cells"])
            expect(got == want_spans, f"{name} page {number} {table['id']}: HTML cells/spans differ from the JSON")
        headings = len(driver.find_elements(By.CSS_SELECTOR, "#overlay .heading rect"))
        want_headings = sum(1 for h in report["headings"] if h["page"] == number and h.get("bbox"))
        expect(headings == want_headings, f"{name} page {number}: {headings} headings drawn, {want_headings} in the JSON")
        if drawn and not clicked:
            check_cell_links(driver, name, number)
            driver.save_screenshot(str(shots / f"{name}-p{number}.png"))
            clicked = True
    if not clicked:
        driver.save_screenshot(str(shots / f"{name}.png"))
    check_keyboard(driver, name, len(pages))
    if report["tables"]:
        check_tables(driver, name, report)
    errors = console_errors(driver)
    expect(not errors, f"{name}: console errors: {errors}")
    print(f"ok   {name}: {len(pages)} pages, {len(report['tables'])} tables, "
          f"{sum(len(t['cells']) for t in report['tables'])} cells match the JSON")


def check_cell_links(driver, name, number):
    rect = driver.find_elements(By.CSS_SELECTOR, "#overlay rect.cell")[-1]
    key = rect.get_attribute("data-cell")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", rect)
    picked = driver.find_elements(By.CSS_SELECTOR, f'table.grid [data-cell="{key}"].selected')
    expect(len(picked) == 1, f"{name} page {number}: clicking cell {key} on the page does not highlight it in the table")
    cells = driver.find_elements(By.CSS_SELECTOR, "table.grid [data-cell]")
    cell = next(c for c in cells if c.get_attribute("data-page") == str(number))
    other = cell.get_attribute("data-cell")
    driver.execute_script("arguments[0].click()", cell)
    drawn = driver.find_elements(By.CSS_SELECTOR, f'#overlay rect.cell[data-cell="{other}"]')
    expect(len(drawn) == 1 and "selected" in drawn[0].get_attribute("class"),
           f"{name} page {number}: clicking cell {other} in the table does not highlight it on the page")


def check_keyboard(driver, name, count):
    first = driver.execute_script(
        "const s = document.getElementById('page-select'); s.value = '0'; s.dispatchEvent(new Event('change'));"
        "document.activeElement.blur(); return s.value")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    after = driver.find_element(By.ID, "page-select").get_attribute("value")
    expect(after == ("1" if count > 1 else "0"), f"{name}: → moved from page index {first} to {after}")


def check_tables(driver, name, report):
    """n and p walk the tables in order; a table's CSV can be copied and saved."""
    driver.execute_script(
        "const s = document.getElementById('page-select'); s.value = '0'; s.dispatchEvent(new Event('change'));")
    body = driver.find_element(By.TAG_NAME, "body")
    ids = [t["id"] for t in report["tables"]]
    seen = []
    for _ in ids[:4]:
        body.send_keys("n")
        seen.append(driver.find_element(By.CSS_SELECTOR, ".table-card.current-table").get_attribute("data-table"))
    expect(seen == ids[:len(seen)], f"{name}: n walks the tables as {seen}, expected {ids[:len(seen)]}")
    if len(seen) > 1:
        body.send_keys("p")
        back = driver.find_element(By.CSS_SELECTOR, ".table-card.current-table").get_attribute("data-table")
        expect(back == seen[-2], f"{name}: p went to {back}, expected {seen[-2]}")
    card = driver.find_element(By.CSS_SELECTOR, ".table-card.current-table")
    card.find_element(By.CSS_SELECTOR, "button.copy-csv").click()
    WebDriverWait(driver, 5).until(lambda d: card.find_element(By.CSS_SELECTOR, ".status").text != "")
    status = card.find_element(By.CSS_SELECTOR, ".status").text
    expect(status == "copied", f"{name}: Copy CSV says {status!r}")
    card.find_element(By.CSS_SELECTOR, "button.save-csv").click()


def check_batch(driver, site, out_dir, shots, name):
    lines = (Path(out_dir) / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    records = {}
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        records[record["path"]] = record
    open_site(driver, Path(site) / "index.html")
    rows = driver.find_elements(By.CSS_SELECTOR, "#files tbody tr")
    expect(len(rows) == len(records), f"{name}: {len(rows)} rows, {len(records)} manifest records")
    statuses = [r.get_attribute("class") for r in rows]
    failed = [s == "failed" for s in statuses]
    expect(failed == sorted(failed, reverse=True), f"{name}: failures are not listed first")
    driver.save_screenshot(str(shots / f"{name}.png"))
    # Sort by pages, both ways.
    header = driver.find_element(By.CSS_SELECTOR, '#files th[data-key="pages"]')
    for descending in (False, True):
        header.click()
        values = [c.text for c in driver.find_elements(By.CSS_SELECTOR, '#files tbody td[data-key="pages"]')]
        numbers = [int(v) for v in values if v]
        expect(numbers == sorted(numbers, reverse=descending), f"{name}: sorting by pages gives {numbers}")
        expect(all(values[:len(numbers)]), f"{name}: rows without pages are not listed last")
    # Filter by text.
    some = next(iter(records))
    word = Path(some).stem
    box = driver.find_element(By.ID, "filter")
    box.send_keys(word)
    shown = [r.get_attribute("data-path") for r in driver.find_elements(By.CSS_SELECTOR, "#files tbody tr")]
    expect(shown and all(word.lower() in p.lower() for p in shown) and some in shown,
           f"{name}: filtering by {word!r} shows {shown}")
    driver.execute_script("const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input'))")
    # Filter by a diagnostic kind through the chart.
    bars = driver.find_elements(By.CSS_SELECTOR, "#chart .bar")
    if bars:
        kind = bars[0].get_attribute("data-kind")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bars[0])
        shown = driver.find_elements(By.CSS_SELECTOR, "#files tbody tr")
        expect(shown and all(kind in r.text for r in shown), f"{name}: the {kind} bar does not filter to files with it")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bars[0])
    # Links open the documents' reviews.
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#files tbody a")]
    broken = [l for l in links if not Path(unquote(urlparse(l).path)).exists()]
    expect(not broken, f"{name}: review links lead nowhere: {broken[:3]}")
    errors = console_errors(driver)
    expect(not errors, f"{name}: console errors: {errors}")
    if links:
        driver.get(links[0])
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
        errors = console_errors(driver)
        expect(not errors, f"{name}: console errors in {links[0]}: {errors}")
    print(f"ok   {name}: {len(records)} rows, failures first, sorted, filtered, {len(links)} review links")


def build_sample_sites(scratch):
    """Reviews of samples/ and a batch review of them, made with the debug build."""
    gongkai = os.environ.get("GONGKAI", str(ROOT / ".build/debug/gongkai"))
    if not Path(gongkai).exists():
        raise Failure(f"no gongkai executable at {gongkai} (build first)")
    documents = []
    for name in ("annex-altered", "ruled-table", "filled-rule-table", "cjk-text", "rotated", "scanned"):
        pdf = ROOT / "samples" / f"{name}.pdf"
        report = scratch / f"{name}.json"
        extract = subprocess.run([gongkai, "extract", str(pdf), "-o", str(report)], capture_output=True, text=True)
        if extract.returncode == 13:
            print(f"note {name}: OCR unavailable, reviewed without OCR")
            subprocess.run([gongkai, "extract", str(pdf), "--ocr", "never", "-o", str(report)], check=True)
        elif extract.returncode != 0:
            raise Failure(f"extract {name}: {extract.stderr}")
        site = scratch / "sites" / name
        subprocess.run([gongkai, "review", str(pdf), "--report", str(report), "-o", str(site)],
                       check=True, capture_output=True)
        documents.append((site, report, name))
    out = scratch / "batch-out"
    # Some samples fail by design (damaged, encrypted, not a PDF): the batch exits 2.
    subprocess.run([gongkai, "batch", str(ROOT / "samples"), "--out", str(out), "--quiet"], cwd=ROOT, capture_output=True)
    batch_site = scratch / "sites" / "batch"
    subprocess.run([gongkai, "review", "--batch", str(out), "-o", str(batch_site), "--inputs-root", str(ROOT)],
                   check=True, capture_output=True)
    return documents, [(batch_site, out, "batch")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", action="append", default=[], help="DIR=REPORT.json")
    parser.add_argument("--batch-site", action="append", default=[], help="DIR=BATCH_OUT_DIR")
    parser.add_argument("--scratch", help="folder for sites and screenshots (default: a new temporary one)")
    args = parser.parse_args()
    scratch = Path(args.scratch or tempfile.mkdtemp(prefix="gongkai-browser-"))
    scratch.mkdir(parents=True, exist_ok=True)
    shots = scratch / "screenshots"
    shots.mkdir(exist_ok=True)
    driver = browser()
    failures = 0
    try:
        if args.site or args.batch_site:
            documents = [(Path(s.split("=", 1)[0]), Path(s.split("=", 1)[1]), Path(s.split("=", 1)[0]).name) for s in args.site]
            batches = [(Path(s.split("=", 1)[0]), Path(s.split("=", 1)[1]), Path(s.split("=", 1)[0]).name) for s in args.batch_site]
        else:
            documents, batches = build_sample_sites(scratch)
        for site, report, name in documents:
            try:
                check_document(driver, site, report, shots, name)
            except Failure as failure:
                failures += 1
                print(f"FAIL {failure}")
            except WebDriverException as error:
                failures += 1
                print(f"FAIL {name}: {error.msg}")
        for site, out, name in batches:
            try:
                check_batch(driver, site, out, shots, name)
            except Failure as failure:
                failures += 1
                print(f"FAIL {failure}")
            except WebDriverException as error:
                failures += 1
                print(f"FAIL {name}: {error.msg}")
    finally:
        driver.quit()
    print(f"browser tests: {failures} failed; screenshots in {shots}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
