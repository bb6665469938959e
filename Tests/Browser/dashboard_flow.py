"""The dashboard in a real browser (issue 19): headless Chromium, driven by Selenium, logs in, opens the overview and
a deployment, presses sync, sees the new run's log lines arrive live over server-sent events and then its result,
rolls back from the deployment page and sees the generation change. Saves a PNG of each page.

Run by Tests/EndToEndTests/DashboardBrowserEndToEndTests.swift against a live `berth run`, with
/opt/berth-browser/bin/python (scripts/bootstrap). Inputs, by environment:
  BASE_URL         the dashboard, e.g. http://127.0.0.1:8080
  TOKEN            the API token (api.tokenFile)
  DEPLOYMENT       a deployment that has rolled out once and whose next sync starts a rollout that logs for seconds
  SCREENSHOTS_DIR  where the PNGs go (made when missing)
Prints each step; exits 1 with the reason on the first failure.
"""

import os
import re
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PAGE_SECONDS = 20
ROLLOUT_SECONDS = 120


class Failure(Exception):
    """A step that did not see what it expected."""


def step(text):
    print(f"browser: {text}", flush=True)


def environment(name):
    value = os.environ.get(name, "")
    if not value:
        raise Failure(f"the environment variable {name} is not set")
    return value


def wait(driver, seconds, what, condition):
    """Waits up to `seconds` for `condition(driver)` to be truthy and returns its value; fails saying `what`.
    A page that navigates or re-renders between finding an element and reading it only means "not yet": a stale
    element is polled again, not a failure (CI run on 4e73c84 failed reading #generation while the rollback's
    POST answer replaced the page)."""
    try:
        return WebDriverWait(
            driver, seconds, poll_frequency=0.1, ignored_exceptions=(StaleElementReferenceException,)
        ).until(condition)
    except TimeoutException:
        raise Failure(f"after {seconds} s: {what} (at {driver.current_url})") from None


def element(driver, css, seconds=PAGE_SECONDS):
    return wait(driver, seconds, f"no element {css}", lambda d: first(d, css))


def first(driver, css):
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0] if found else None


def text_of(driver, css, attempts=5):
    """The element's text, found again when the page replaced it between the find and the read."""
    for _ in range(attempts - 1):
        try:
            found = first(driver, css)
            return found.text.strip() if found else ""
        except StaleElementReferenceException:
            time.sleep(0.1)
    found = first(driver, css)
    return found.text.strip() if found else ""


def no_stray_nil(driver, page):
    """A nil Swift optional rendered as text ("Error nil", a link to "nil") is a template bug."""
    body = driver.find_element(By.TAG_NAME, "body").text
    found = re.search(r".{0,40}\bnil\b.{0,40}", body, re.S)
    if found:
        raise Failure(f"the {page} page shows a stray nil: {' '.join(found.group(0).split())!r}")
    if first(driver, 'a[href="nil"]'):
        raise Failure(f"the {page} page links to nil")


def path_of(driver):
    return re.sub(r"^[a-z]+://[^/]+", "", driver.current_url)


def shoot(driver, directory, name):
    path = os.path.join(directory, f"{name}.png")
    if not driver.save_screenshot(path):
        raise Failure(f"could not save {path}")
    step(f"saved {path} ({os.path.getsize(path)} bytes)")


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_window_size(1280, 900)
    # A rollback's POST answers once the restored generation serves.
    driver.set_page_load_timeout(ROLLOUT_SECONDS)
    return driver


def log_in(driver, base, token, shots):
    step(f"open {base}/login")
    driver.get(f"{base}/login")
    element(driver, "#token").send_keys(token)
    element(driver, "#name").send_keys("browser-test")
    shoot(driver, shots, "login")
    element(driver, "#login").click()
    wait(driver, PAGE_SECONDS, "the login did not lead away from /login", lambda d: not path_of(d).startswith("/login"))
    actor = text_of(driver, "#actor")
    if "browser-test" not in actor:
        raise Failure(f"logged in, but the page names the user {actor!r}, not browser-test")
    step(f"logged in as {actor}")


def overview(driver, base, deployment, shots):
    step("open the overview")
    driver.get(f"{base}/")
    element(driver, "table#deployments")
    row = element(driver, f'tr[data-deployment="{deployment}"]')
    step(f"overview row: {' | '.join(row.text.split())}")
    link = wait(
        driver, PAGE_SECONDS, f"the row of {deployment} has no link to /deployments/{deployment}",
        lambda d: first(d, f'tr[data-deployment="{deployment}"] a[href="/deployments/{deployment}"]'))
    shoot(driver, shots, "overview")
    driver.set_window_size(390, 844)
    element(driver, f'tr[data-deployment="{deployment}"]')
    shoot(driver, shots, "overview-phone")
    driver.set_window_size(1280, 900)
    return link


def deployment_page(driver, deployment):
    element(driver, "#deployment-name")
    name = text_of(driver, "#deployment-name")
    if not name.startswith(deployment):
        raise Failure(f"the deployment page is titled {name!r}, not {deployment}")
    generation = text_of(driver, "#generation")
    step(f"deployment page of {deployment}: generation {generation}")
    no_stray_nil(driver, "deployment")
    return generation


def newest_run_link(driver):
    """The link of the history's newest run (the list is newest first)."""
    return first(driver, '#history a[href^="/runs/"]')


def sync(driver, deployment):
    """Presses sync and ends on the new run's page: the server redirects there when a rollout starts within 3 s,
    else back to the deployment page with a flash, and the run is then the history's newest."""
    before = newest_run_link(driver)
    before_href = before.get_attribute("href") if before else None
    step("press sync")
    element(driver, "#sync").click()
    wait(
        driver, PAGE_SECONDS, "sync led neither to a run page nor back to the deployment page with a flash",
        lambda d: path_of(d).startswith("/runs/") or first(d, "#flash"))
    if path_of(driver).startswith("/runs/"):
        step(f"sync redirected to {path_of(driver)}")
        return
    step(f"sync answered: {text_of(driver, '#flash')}; looking for the new run in the history")

    def newer_run(d):
        d.refresh()
        link = newest_run_link(d)
        href = link.get_attribute("href") if link else None
        return href if href and href != before_href else None

    href = wait(driver, ROLLOUT_SECONDS, "no new run appeared in #history after the sync", newer_run)
    driver.get(href)
    step(f"opened the newest run {path_of(driver)}")


def run_page(driver, shots):
    """Proves the log arrives live: more span.line appear while #result still says running; then the result."""
    element(driver, "pre#log")
    result = text_of(driver, "#result")
    at_load = len(driver.find_elements(By.CSS_SELECTOR, "pre#log span.line"))
    step(f"run page {path_of(driver)}: result {result!r}, {at_load} log lines at load")
    if result != "running":
        raise Failure(
            f"the run page opened with result {result!r}, not running: "
            "the rollout ended before the page could follow it")
    if not first(driver, "pre#log[data-stream]"):
        raise Failure("the running run's log has no data-stream: the page will not follow it live")

    def grew_while_running(d):
        count = len(d.find_elements(By.CSS_SELECTOR, "pre#log span.line"))
        now = text_of(d, "#result")
        if count > at_load and now == "running":
            return count
        if now != "running":
            raise Failure(
                f"#result became {now!r} before any line arrived live ({count} lines, {at_load} at load): "
                "the log did not stream")
        return None

    live = wait(driver, ROLLOUT_SECONDS, "no log line arrived over server-sent events while the run was running",
                grew_while_running)
    newest = driver.find_elements(By.CSS_SELECTOR, "pre#log span.line")[-1].text
    step(f"lines arrived live: {live} now (was {at_load}), #result still running; newest: {newest!r}")
    shoot(driver, shots, "run-live")

    final = wait(
        driver, ROLLOUT_SECONDS, "#result never left running",
        lambda d: (lambda r: r if r and r != "running" else None)(text_of(d, "#result")))
    if final != "succeeded":
        raise Failure(f"the rollout ended {final!r}, not succeeded; the log ends: {text_of(driver, 'pre#log')[-2000:]}")
    lines = len(driver.find_elements(By.CSS_SELECTOR, "pre#log span.line"))
    items = driver.find_elements(By.CSS_SELECTOR, "#stages li")
    stages = [item.text for item in items]
    if not stages:
        raise Failure("#stages lists no stage")
    names = [item.get_attribute("data-stage") for item in items]
    if len(names) != len(set(names)):
        raise Failure(f"#stages lists a stage more than once after following it live: {names}")
    no_stray_nil(driver, "run")
    step(f"result succeeded after {lines} lines; stages: {'; '.join(stages)}")
    shoot(driver, shots, "run-done")


def app_commit(driver):
    found = driver.find_elements(By.XPATH, "//dt[normalize-space()='App commit']/following-sibling::dd[1]")
    return found[0].text.strip() if found else ""


def roll_back(driver, base, deployment, shots):
    """Rolls back to the oldest other generation offered. berth restores it as a new generation (history keeps
    rollbackOf), so the page must show a generation other than the one before, running the chosen one's app
    commit, pinned."""
    driver.get(f"{base}/deployments/{deployment}")
    current = deployment_page(driver, deployment)
    commit_before = app_commit(driver)
    choice = Select(element(driver, "select#rollback-generation"))
    offered = {option.get_attribute("value"): option.text for option in choice.options}
    older = [value for value in offered if value != current]
    if not older:
        raise Failure(f"select#rollback-generation offers no generation other than the current {current}")
    target = min(older, key=int)
    target_commit = offered[target].split("—")[-1].strip()
    choice.select_by_value(target)
    step(f"roll back from generation {current} (app {commit_before[:12]}) to {offered[target]!r}")
    element(driver, "#rollback").click()

    def rolled_back(d):
        if not path_of(d).startswith(f"/deployments/{deployment}"):
            return None
        generation = text_of(d, "#generation")
        if generation and generation != current:
            return generation
        d.refresh()
        return None

    generation = wait(driver, ROLLOUT_SECONDS, f"#generation stayed {current} after the rollback", rolled_back)
    now_commit = app_commit(driver)
    if not target_commit or not now_commit.startswith(target_commit):
        raise Failure(
            f"after the rollback to {target} the app commit is {now_commit!r}, "
            f"not generation {target}'s {target_commit!r}")
    pin = text_of(driver, "#pin")
    if generation not in pin:
        raise Failure(f"after the rollback #pin says {pin!r}, not generation {generation}")
    newest = first(driver, "#history > li")
    no_stray_nil(driver, "deployment")
    step(f"generation {current} -> {generation} (app {now_commit[:12]}, generation {target}'s); pin: {pin}; "
         f"flash: {text_of(driver, '#flash')!r}; newest run: {' '.join(newest.text.split()) if newest else '-'}")
    shoot(driver, shots, "deployment-after-rollback")


def main():
    base = environment("BASE_URL").rstrip("/")
    token = environment("TOKEN")
    deployment = environment("DEPLOYMENT")
    shots = environment("SCREENSHOTS_DIR")
    os.makedirs(shots, exist_ok=True)
    started = time.monotonic()
    step(f"chromium {CHROMIUM}, chromedriver {CHROMEDRIVER}, screenshots in {shots}")
    driver = start_browser()
    try:
        log_in(driver, base, token, shots)
        overview(driver, base, deployment, shots).click()
        wait(driver, PAGE_SECONDS, "the overview's link did not open the deployment page",
             lambda d: path_of(d).startswith(f"/deployments/{deployment}"))
        deployment_page(driver, deployment)
        shoot(driver, shots, "deployment")
        sync(driver, deployment)
        run_page(driver, shots)
        roll_back(driver, base, deployment, shots)
    except Exception:
        try:
            shoot(driver, shots, "failure")
        except Exception:  # noqa: BLE001 - the original failure matters more than the screenshot's
            pass
        raise
    finally:
        driver.quit()
    step(f"passed in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print(f"browser: FAILED: {failure}", file=sys.stderr, flush=True)
        sys.exit(1)
    except WebDriverException as error:
        print(f"browser: FAILED: WebDriver: {error.msg or error}", file=sys.stderr, flush=True)
        sys.exit(1)
