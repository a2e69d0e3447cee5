"""Write ``docs/screenshots/site-*.png``: the demo's follow-up site as a browser shows it.

The site is written from the demo workshop into a temporary folder, then a
headless Chromium renders the index and two action pages at a phone's
width (360 px) and the index at a laptop's (1280 px).  Chromium is not a
dependency of the application: on Debian, ``apt-get install chromium``;
without it the tool says so and writes nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: (picture name, page of the site, width, height)
SHOTS = [
    ("site-index-phone", "index.html", 360, 1500),
    ("site-action-phone", "une-fete-des-voisins-chaque-annee-en/index.html", 360, 1100),
    ("site-bilan-action-phone", "un-panneau-coups-de-main-dans-le-hall/index.html", 360, 1250),
    ("site-index-laptop", "index.html", 1280, 1700),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if browser is None:
        print("no Chromium found: apt-get install chromium (Debian), then run again",
              file=sys.stderr)
        return 1
    from exports.site import write_site
    from ui.text import catalogue
    from workshop.demo import demo_workshop

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "site"
        write_site(demo_workshop(), folder, catalogue("fr"))
        for name, page, width, height in SHOTS:
            target = args.out / f"{name}.png"
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                            "--hide-scrollbars", f"--window-size={width},{height}",
                            f"--screenshot={target}", (folder / page).as_uri()],
                           check=True, capture_output=True, timeout=120)
            print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
