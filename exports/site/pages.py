"""The follow-up site's HTML: plain, accessible, the same bytes for the same data.

Every page is one HTML5 file with its CSS inline: no JavaScript, no font,
image or style loaded from anywhere, so it reads the same from a web
server, a USB key or a phone.  Headings nest (h1, h2, h3), the language is
declared, a link skips to the content, statuses are words (their colours
only repeat them, each above 4.5:1 contrast, see :data:`STATUS_COLOURS`),
lines wrap on a 360 px phone and the print style drops what paper cannot
use.  All text is escaped; control and bidi-override characters go.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import PurePosixPath
from urllib.parse import quote

from exports.site.content import Entry, Page, SiteDoc

Translations = gettext.NullTranslations



@dataclass(frozen=True)
class Colours:
    text: str
    background: str


#: per status: the word is always there, the colour repeats it
STATUS_COLOURS = {
    "planned": Colours("#333333", "#ececec"),
    "in_progress": Colours("#0b4a8a", "#e3eefb"),
    "done": Colours("#14532d", "#e3f3e7"),
    "postponed": Colours("#6b4200", "#fdf0d8"),
    "abandoned": Colours("#7a1f1f", "#fbe6e6"),
}
TEXT, BACKGROUND, MUTED, LINK = "#1a1a1a", "#ffffff", "#4d4d4d", "#0b4f9c"
_KEEP = {"\n", "\u00ad", "\u200b"}
_FRENCH_SPACES = re.compile(r"« | »| [:;!?](?=\s|$)")

STYLE = """\
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%%;text-size-adjust:100%%}
body{margin:0;color:%(text)s;background:%(background)s;font-family:system-ui,-apple-system,\
"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;font-size:1.0625rem;line-height:1.55;\
overflow-wrap:break-word}
.wrap{max-width:44rem;margin:0 auto;padding:0 1rem}
header.wrap{padding-top:1.25rem}
a{color:%(link)s}
a:focus{outline:3px solid #c26a00;outline-offset:2px}
.skip{position:absolute;left:-10000px}
.skip:focus{left:1rem;top:1rem;background:%(background)s;padding:.5rem}
h1{font-size:1.75rem;line-height:1.2;margin:.25rem 0 .5rem}
h2{font-size:1.35rem;line-height:1.25;margin:2rem 0 .5rem}
h3{font-size:1.15rem;margin:1.5rem 0 .25rem}
.org,.kicker,.updated,.intro{color:%(muted)s;margin:.25rem 0}
.summary{font-weight:700;font-size:1.1rem}
ul.actions{list-style:none;margin:0;padding:0}
ul.actions li,article{border-left:.4rem solid var(--theme,#808080);padding:.5rem .75rem;\
margin:.75rem 0;background:#f6f6f6}
article{background:none;padding-top:0}
ul.actions a{font-weight:700;font-size:1.1rem}
ul.actions p{margin:.2rem 0}
.status{display:inline-block;padding:0 .45em;border:1px solid;border-radius:.3em;\
font-weight:700;white-space:nowrap}
%(statuses)s
dl{margin:1rem 0}
dt{font-weight:700;margin-top:.6rem}
dd{margin:0}
ol.history{padding-left:1.25rem}
footer.wrap{margin:2.5rem auto 1.5rem;color:%(muted)s;font-size:.95rem;\
border-top:1px solid #cccccc;padding-top:.75rem}
@media print{.skip,nav{display:none}body{font-size:11pt}h1,h2,h3{break-after:avoid}a{color:%(text)s;\
text-decoration:none}ul.actions li,article{background:none;break-inside:avoid}\
.status{background:none}}
"""


def _css() -> str:
    statuses = "\n".join(f".status-{code}{{color:{c.text};background:{c.background}}}"
                         for code, c in STATUS_COLOURS.items())
    return STYLE % {"text": TEXT, "background": BACKGROUND, "muted": MUTED, "link": LINK,
                    "statuses": statuses}


def clean(text: object) -> str:
    """Text safe to print: NFC, without control or direction-override characters."""
    out = []
    for char in unicodedata.normalize("NFC", "" if text is None else str(text)):
        if char == "\r":
            continue
        kind = unicodedata.category(char)
        if char == "\t":
            out.append(" ")
        elif char in _KEEP or kind not in ("Cc", "Cf", "Cs", "Co", "Cn"):
            out.append(char)
    return "".join(out)


def text(value: object) -> str:
    """Escaped text on one line; no line break inside « … » or before : ; ! ?"""
    return escape(_FRENCH_SPACES.sub(lambda m: m.group(0).replace(" ", "\u00a0"),
                                     " ".join(clean(value).split())))


def paragraphs(value: object, css: str = "") -> str:
    """Escaped text as paragraphs (blank lines) and line breaks."""
    klass = f' class="{css}"' if css else ""
    blocks = [b.strip() for b in clean(value).split("\n\n") if b.strip()]
    return "\n".join(f"<p{klass}>" + "<br>\n".join(text(line) for line in b.split("\n")
                                                   if line.strip()) + "</p>" for b in blocks)


def _status(entry: Entry) -> str:
    code = entry.status if entry.status in STATUS_COLOURS else "planned"
    return f'<span class="status status-{code}">{text(entry.status_text)}</span>'


def _href(target: PurePosixPath, here: PurePosixPath) -> str:
    """A relative link from the page at ``here`` to ``target`` (works from a disk too)."""
    up = "../" * (len(here.parts) - 1)
    return escape(up + quote(target.as_posix(), safe="/-._~"))


def _document(doc: SiteDoc, title: str, body: str, t: Translations) -> str:
    # words are looked up outside the f-strings: the extractor does not read inside them
    skip, public = t.gettext("Aller au contenu"), _public(t)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(doc.lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{text(title)}</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n"
        f'<a class="skip" href="#contenu">{text(skip)}</a>\n'
        f"{body}\n"
        f'<footer class="wrap">\n<p>{text(public)}</p>\n</footer>\n'
        "</body>\n</html>\n")


def _public(t: Translations) -> str:
    return t.gettext("Ces pages sont publiques : les référents n'y sont nommés qu'avec leur "
                     "accord, sinon par leur rôle.")


def _updated(t: Translations, label: str, iso: str) -> str:
    if not label:
        return ""
    words = t.gettext("Mis à jour le")
    return (f'<p class="updated">{text(words)} '
            f'<time datetime="{escape(iso)}">{text(label)}</time></p>')


def render_index(doc: SiteDoc, t: Translations) -> str:
    here = PurePosixPath("index.html")
    head = ['<header class="wrap">']
    if doc.organisation:
        head.append(f'<p class="org">{text(doc.organisation)}</p>')
    head.append(f"<h1>{text(doc.title)}</h1>")
    if doc.residence:
        head.append(f"<p>{text(doc.residence)}</p>")
    head += [_updated(t, doc.updated, doc.updated_iso), "</header>"]
    main = ['<main id="contenu" class="wrap">']
    for number, section in enumerate(doc.sections, start=1):
        main.append(f'<section aria-labelledby="s{number}">')
        main.append(f'<h2 id="s{number}">{text(section.heading)}</h2>')
        if section.intro:
            main.append(f'<p class="intro">{text(section.intro)}</p>')
        main.append(f'<p class="summary">{text(section.summary)}</p>')
        if not section.groups:
            none = t.gettext("Aucune action pour le moment.")
            main.append(f"<p>{text(none)}</p>")
        for group in section.groups:
            main.append(f"<h3>{text(group.theme)}</h3>")
            main.append('<ul class="actions">')
            main += [_item(entry, here, t) for entry in group.entries]
            main.append("</ul>")
        main.append("</section>")
    main.append("</main>")
    return _document(doc, doc.title, "\n".join(line for line in head + main if line), t)


def _item(entry: Entry, here: PurePosixPath, t: Translations) -> str:
    lines = [f'<li style="--theme:{entry.colour}">',
             f'<a href="{_href(entry.path, here)}">{text(entry.title)}</a>',
             f"<p>{_status(entry)} · {text(entry.period)}</p>"]
    if entry.referents:
        label = t.gettext("Référents")
        lines.append(f"<p>{text(label)} : "
                     f"{text(' ; '.join(entry.referents))}</p>")
    lines.append("</li>")
    return "\n".join(lines)


def render_page(doc: SiteDoc, page: Page, t: Translations) -> str:
    first = page.entries[0]
    head = ['<header class="wrap">']
    org = " — ".join(v for v in (doc.organisation, doc.residence) if v)
    if org:
        head.append(f'<p class="org">{text(org)}</p>')
    nav, back = t.gettext("Navigation"), t.gettext("← Toutes les actions")
    head += ["</header>", f'<nav class="wrap" aria-label="{text(nav)}">',
             f'<p><a href="{_href(PurePosixPath("index.html"), page.path)}">'
             f'{text(back)}</a></p>', "</nav>",
             '<main id="contenu" class="wrap">']
    body = head + [_article(entry, t, level=1 if i == 0 else 2)
                   for i, entry in enumerate(page.entries)] + ["</main>"]
    return _document(doc, f"{first.title} — {doc.title}", "\n".join(body), t)


def _article(entry: Entry, t: Translations, level: int) -> str:
    _ = t.gettext
    h, sub = f"h{level}", f"h{level + 1}"
    kicker = " · ".join(v for v in (entry.plan_label, entry.theme) if v)
    out = [f'<article style="--theme:{entry.colour}">', f'<p class="kicker">{text(kicker)}</p>',
           f"<{h}>{text(entry.title)}</{h}>", f"<p>{_status(entry)}</p>"]
    if entry.reason:
        why = _("Pourquoi")
        out.append(f"<p>{text(why)} : {text(entry.reason)}</p>")
    if entry.description.strip():
        out.append(paragraphs(entry.description))
    facts = [(_("Période"), entry.period), (_("Référents"), " ; ".join(entry.referents)),
             (_("Indicateur de réussite"), entry.indicator),
             (_("Ce qui a été fait"), entry.done), (_("Résultat"), entry.result)]
    rows = [f"<dt>{text(label)}</dt>\n<dd>{text(value)}</dd>" for label, value in facts
            if clean(value).strip()]
    if rows:
        out += ["<dl>", *rows, "</dl>"]
    history = _("Historique du statut")
    out.append(f"<{sub}>{text(history)}</{sub}>")
    if entry.history:
        out.append('<ol class="history">')
        for change in entry.history:
            reason = f" — {text(change.reason)}" if change.reason else ""
            out.append(f'<li><time datetime="{escape(change.iso)}">{text(change.date)}</time>'
                       f" : {text(change.status)}{reason}</li>")
        out.append("</ol>")
    else:
        unchanged = _("Pas de changement de statut depuis l'atelier.")
        out.append(f"<p>{text(unchanged)}</p>")
    out += [_updated(t, entry.updated, entry.updated_iso), "</article>"]
    return "\n".join(line for line in out if line)
