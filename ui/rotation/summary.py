"""The statistics of a rotation in plain French (or English), for the page.

First the order of priorities the plan follows, then each figure against
the best any plan of this room can do (the bounds belong to the problem,
so a hand edit never moves them) with the reason in words, then any
conflict between the two priorities found when planning, then the rules
a hand edit broke.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ui.text.messages import describe
from ui.i18n import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("RotationSummary", text)


def summary_html(stats, themes: int, conflicts=(), names: dict[str, str] | None = None) -> str:
    """Sentences a facilitator reads: priorities, figures and bounds, conflicts, broken rules.

    ``names`` turns the ids the engine speaks in (« T02 », « P014 ») into the
    names the facilitator knows (« Table 2 — Les Érables », « Karim Benali »).
    """
    names = names or {}
    lines = [_priorities(getattr(stats, "priority", "themes"))]
    if stats.repeat_pairs == 0:
        lines.append(tr("Personne ne retrouve deux fois la même personne."))
    else:
        lines.append(fill(tr("{pairs} {pairs|paire|paires} de personnes se retrouvent plus d'une fois "
                        "(au plus {most} fois ensemble)."), 
            pairs=stats.repeat_pairs, most=stats.max_meetings))
    lines.append(fill(tr("Chaque personne qui change de table voit au moins {seen} {seen|thème|thèmes} sur "
                    "{themes}."), seen=stats.min_themes_seen, themes=themes))
    lines.append(tr("Retours à une table déjà vue : {tables} ; à un thème déjà discuté : "
                    "{themes}.").format(tables=stats.table_revisits,
                                        themes=stats.theme_revisits))
    bounds = getattr(stats, "bounds", None)
    if bounds is not None:
        lines += _objectives(stats, bounds, names)
    lines.append(_bound_sentence(stats, names))
    if stats.proven_optimal:
        lines.append(tr("Toutes les priorités sont à leur meilleur possible : aucun plan de table "
                        "ne fait mieux dans cette salle."))
    for note in list(conflicts):
        lines.append(describe(named(note, names)))
    html = "<br>".join(escape(line, quote=False) for line in lines)
    if stats.violations:
        rules = "".join(f"<li>{escape(describe(named(note, names)), quote=False)}</li>"
                        for note in stats.violations)
        html += "<p style='color:#b00020'><b>{}</b></p><ul style='color:#b00020'>{}</ul>".format(
            escape(tr("Règles non respectées :"), quote=False), rules)
    return html


def _priorities(priority: str) -> str:
    rules = tr("les règles (capitaines et personnes fixées, accessibilité, groupes, séparations, "
               "organisations)")
    hosts = tr("personne ne revient à la table d'un·e capitaine")
    themes = tr("chacun·e voit le plus de thèmes possible")
    people = tr("personne ne retrouve trop souvent la même personne, puis le moins de rencontres "
                "répétées")
    middle = (themes, people) if priority != "people" else (people, themes)
    return tr("Priorités, dans l'ordre : {rules} ; {hosts} ; {first} ; puis {second} ; enfin le "
              "mélange des catégories.").format(rules=rules, hosts=hosts, first=middle[0],
                                                 second=middle[1])


def _objectives(stats, bounds, names: dict[str, str]) -> list[str]:
    lines = []
    reasons = getattr(bounds, "reasons", {})
    host = tr("Retours à la table d'un·e capitaine : {value} (au mieux {bound}).").format(
        value=stats.host_revisits, bound=bounds.host_revisits)
    if "host_revisits" in reasons:
        host += " " + describe(named(reasons["host_revisits"], names))
    lines.append(host)
    theme = fill(tr("Retours à un thème déjà discuté : {value} (au mieux {bound}) ; la personne qui en "
               "voit le moins voit {seen} {seen|thème|thèmes} (au mieux {most})."), 
        value=stats.theme_revisits, bound=bounds.theme_revisits, seen=stats.min_themes_seen,
        most=bounds.min_themes_seen)
    if "theme_revisits" in reasons:
        theme += " " + describe(named(reasons["theme_revisits"], names))
    lines.append(theme)
    most = tr("Une même paire se retrouve au plus {value} fois (au mieux {bound}).").format(
        value=stats.max_meetings, bound=bounds.max_meetings)
    if "max_meetings" in reasons and stats.max_meetings > 1:
        most += " " + describe(named(reasons["max_meetings"], names))
    lines.append(most)
    return lines


def named(note, names: dict[str, str]):
    """``note`` with every id among its facts replaced by the name it stands for."""
    if not names:
        return note
    params = {key: names.get(value, value) if isinstance(value, str) else value
              for key, value in note.params.items()}
    return type(note)(note.code, **params)


def _bound_sentence(stats, names: dict[str, str]) -> str:
    text = tr("Rencontres répétées (score) : {score} ; minimum possible : {bound}").format(
        score=stats.coincidences, bound=stats.lower_bound)
    if stats.coincidences > stats.lower_bound:
        text += " — " + tr("pas atteint (écart de {gap}).").format(
            gap=stats.coincidences - stats.lower_bound)
    elif stats.violations:  # at the minimum, but only by breaking a rule (listed below)
        text += " — " + tr("atteint, mais des règles ne sont pas respectées.")
    else:
        text += " — " + tr("atteint : on ne peut pas faire mieux.")
    if stats.bound_reason is not None:
        text += " " + describe(named(stats.bound_reason, names))
    return text
