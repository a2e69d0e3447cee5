"""What the follow-up site check found, in sentences (command line and Exports page).

:func:`exports.site.check_site` reads the written folder back; these say
where to upload it and what a reader of the printed QR codes would meet.
"""

from __future__ import annotations

from exports.site import SiteCheck

from ui.text import _


def upload_sentence(base: str) -> str:
    """Where the folder goes so that every printed QR code leads to its page."""
    if not base:
        return _("Indiquez la page de suivi générale (page Programmation annuelle) : le dossier "
                 "se dépose à cette adresse, et les QR codes des actions y mènent.")
    return _("Déposez le contenu de ce dossier à l'adresse {base} : chaque QR code imprimé mène "
             "alors à la page de son action, et l'adresse générale à la page d'accueil.").format(
        base=base)


def check_lines(check: SiteCheck) -> tuple[list[str], list[str]]:
    """(what is right, what is wrong): one sentence each."""
    good, bad = [], []
    if check.reached:
        count = len(check.reached)
        line = _("L'adresse d'action sous {base} a sa page.") if count == 1 \
            else _("Les {count} adresses d'action sous {base} ont leur page.")
        good.append(line.format(count=count, base=check.base))
    for title, url in check.missing:
        bad.append(_("« {title} » : {url} n'a pas de page dans le dossier.").format(
            title=title, url=url))
    for title, url in check.unmappable:
        bad.append(_("« {title} » : {url} ne peut pas être un fichier du site (?, # ou "
                     "caractère spécial) ; son QR code ne mènera à aucune page.").format(
            title=title, url=url))
    for title, url in check.outside:
        bad.append(_("« {title} » : {url} n'est pas sous l'adresse du site ; son QR code mène "
                     "ailleurs.").format(title=title, url=url))
    if not check.general_ok:
        bad.append(_("La page de suivi générale {url} ne mène pas à la page d'accueil de ce "
                     "dossier.").format(url=check.general))
    for name, page in check.names:
        bad.append(_("« {name} » apparaît dans {page} sans avoir accepté d'être nommé·e : "
                     "retirez ce nom du texte, ou notez son accord.").format(name=name,
                                                                            page=page))
    for page in check.unsafe:
        bad.append(_("{page} contient un script ou charge un contenu extérieur.").format(
            page=page))
    return good, bad
