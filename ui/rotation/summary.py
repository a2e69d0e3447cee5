"""The statistics of a rotation in plain French (or English), for the page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ui.text.messages import describe


def tr(text: str) -> str:
    return QCoreApplication.translate("RotationSummary", text)


def summary_html(stats, themes: int) -> str:
    """Sentences a facilitator reads: encounters, themes, revisits, bound, broken rules."""
    lines = []
    if stats.repeat_pairs == 0:
        lines.append(tr("Personne ne retrouve deux fois la même personne."))
    else:
        lines.append(tr("{pairs} paires de personnes se retrouvent plus d'une fois "
                        "(au plus {most} fois ensemble).").format(
            pairs=stats.repeat_pairs, most=stats.max_meetings))
    lines.append(tr("Chaque personne qui change de table voit au moins {seen} thèmes sur "
                    "{themes}.").format(seen=stats.min_themes_seen, themes=themes))
    lines.append(tr("Retours à une table déjà vue : {tables} ; à un thème déjà discuté : "
                    "{themes}.").format(tables=stats.table_revisits,
                                        themes=stats.theme_revisits))
    lines.append(_bound_sentence(stats))
    html = "<br>".join(escape(line, quote=False) for line in lines)
    if stats.violations:
        rules = "".join(f"<li>{escape(describe(note), quote=False)}</li>" for note in stats.violations)
        html += "<p style='color:#b00020'><b>{}</b></p><ul style='color:#b00020'>{}</ul>".format(
            escape(tr("Règles non respectées :"), quote=False), rules)
    return html


def _bound_sentence(stats) -> str:
    text = tr("Rencontres répétées (score) : {score} ; minimum possible : {bound}").format(
        score=stats.coincidences, bound=stats.lower_bound)
    if stats.coincidences <= stats.lower_bound and not stats.violations:
        text += " — " + tr("atteint : on ne peut pas faire mieux.")
    else:
        text += " — " + tr("pas atteint (écart de {gap}).").format(
            gap=max(0, stats.coincidences - stats.lower_bound))
    if stats.bound_reason is not None:
        text += " " + describe(stats.bound_reason)
    return text
