"""What a merge of rooms brought, in sentences (command line and window alike).

:class:`workshop.event.merge.MergeReport` holds counts and names; this
module words them through gettext in the reader's language.
"""

from __future__ import annotations

from ui.text import N_, _
from workshop.event.merge import KINDS, MergeReport
from ui.text import fill

KIND_LABELS = {
    "participants": N_("participant·es"),
    "groups": N_("groupes"),
    "ideas": N_("idées"),
    "projects": N_("projets"),
    "tallies": N_("comptes de gommettes"),
}


def _quoted(texts: list[str], most: int = 6) -> str:
    shown = ", ".join(f"« {t} »" for t in texts[:most])
    return shown + (" …" if len(texts) > most else "")


def report_lines(report: MergeReport, texts: dict[str, str] | None = None) -> list[str]:
    """The report of one room: a heading, then one line per kind and per thing to check.

    ``texts`` gives the text of an idea by id (for the counts entered twice).
    """
    texts = texts or {}
    if report.removed_room:
        head = _("{name} ({key}) : retirée de l'événement.")
    elif report.new_room:
        head = _("{name} ({key}) : nouvelle salle, depuis « {file} ».")
    else:
        head = _("{name} ({key}) : fusionnée à nouveau depuis « {file} » "
                 "(remplace ce qu'elle avait apporté).")
    lines = [head.format(name=report.name, key=report.key, file=report.file_name or "—")]
    for kind in KINDS:
        count = report.counts.get(kind)
        if count is None:
            continue
        lines.append("  " + _("{kind} : {total} ({added} nouveaux, {removed} retirés, "
                              "{changed} modifiés)").format(
            kind=_(KIND_LABELS[kind]), total=count.total, added=count.added,
            removed=count.removed, changed=count.changed))
    if report.same_people:
        lines.append("  " + fill(_(
            "Même nom que quelqu'un d'une autre salle, {n} {n|personne|personnes} (rien n'est fusionné, "
            "vérifiez) : {names}"), 
            n=len(report.same_people), names=", ".join(report.same_people[:8])
            + (" …" if len(report.same_people) > 8 else "")))
    for double in report.doubles:
        lines.append("  " + _("Compté deux fois par cette salle : « {idea} » ({counts}) ; "
                              "gardez le bon compte dans la page Salles.").format(
            idea=texts.get(double.idea, double.idea),
            counts=_(" et ").join(str(dots) for dots, _file in double.counts)))
    if report.new_themes:
        lines.append("  " + _("Nouveaux thèmes : {themes}").format(
            themes=_quoted(report.new_themes)))
    if report.kept_decisions:
        lines.append("  " + _(
            "Regroupements ou changements de thème faits à l'événement, gardés : {n}").format(
            n=report.kept_decisions))
    if report.settled_kept:
        lines.append("  " + _(
            "Comptes corrigés à l'événement, gardés (ceux de la salle sont écartés) : {n}").format(
            n=report.settled_kept))
    if report.released:
        lines.append("  " + _("De nouveau séparées (l'idée qu'elles avaient rejointe a quitté "
                              "la salle) : {ideas}").format(ideas=_quoted(report.released)))
    if report.dropped_votes:
        lines.append("  " + _(
            "Comptes retirés parce que leur idée a quitté la salle : {n}").format(
            n=report.dropped_votes))
    if report.same_workshop_as:
        lines.append("  " + _("Même atelier que la salle « {other} » : si c'est une nouvelle "
                              "version, retirez l'ancienne.").format(other=report.same_workshop_as))
    if report.vote_set_to_paper:
        lines.append("  " + _("Le vote de l'événement se fait désormais par comptes de "
                              "gommettes (papier)."))
    return lines
