<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="170"/>
        <source>Temps restant : {t}</source>
        <translation>Time left: {t}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="179"/>
        <source>Étape {n} / {count} : {title}</source>
        <translation>Step {n} / {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="181"/>
        <source>Aucune étape</source>
        <translation>No step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="184"/>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="186"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="186"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="187"/>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="189"/>
        <source>Fermer le projecteur</source>
        <translation>Close projector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="190"/>
        <source>Ouvrir le projecteur</source>
        <translation>Open projector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="197"/>
        <source>Écran : automatique</source>
        <translation>Screen: automatic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="199"/>
        <source>Écran : {name}</source>
        <translation>Screen: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="206"/>
        <source>Le minuteur tournait pendant la fermeture de l&apos;application ({gap}). Compter ce temps ?</source>
        <translation>The timer was running while the application was closed ({gap}). Count this time?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="209"/>
        <source>L&apos;ordinateur s&apos;est mis en veille ou l&apos;heure a changé ({gap}). Compter ce temps dans l&apos;étape ?</source>
        <translation>The computer went to sleep or its clock changed ({gap}). Count this time in the step?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="212"/>
        <source>L&apos;horloge de l&apos;ordinateur a reculé ({gap}). Suivre l&apos;horloge de l&apos;ordinateur ?</source>
        <translation>The computer&apos;s clock went back ({gap}). Follow the computer&apos;s clock?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="246"/>
        <location filename="../../ui/pages/agenda_page.py" line="313"/>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="247"/>
        <source>Nouvelle étape</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="252"/>
        <source>Supprimer l&apos;étape</source>
        <translation>Delete step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="256"/>
        <source>Déplacer l&apos;étape</source>
        <translation>Move step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="263"/>
        <location filename="../../ui/pages/agenda_page.py" line="315"/>
        <source>Déroulé par défaut</source>
        <translation>Default run of show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="268"/>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="273"/>
        <location filename="../../ui/pages/agenda_page.py" line="327"/>
        <source>Noms complets au projecteur</source>
        <translation>Full names on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="278"/>
        <source>Seuil d&apos;alerte</source>
        <translation>Warning threshold</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="291"/>
        <source>fin prévue vers {time}</source>
        <translation>planned end around {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="294"/>
        <source>Durée totale : {h} h {m:02d} — {end}</source>
        <translation>Total length: {h} h {m:02d} — {end}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="312"/>
        <source>Déroulé</source>
        <translation>Run of show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="313"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="314"/>
        <source>Monter</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="314"/>
        <source>Descendre</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="318"/>
        <source>◀ Étape précédente (P)</source>
        <translation>◀ Previous step (P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="318"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="319"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="319"/>
        <source>Étape suivante (N) ▶</source>
        <translation>Next step (N) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="322"/>
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="324"/>
        <source>Heure de début de l&apos;atelier</source>
        <translation>Workshop start time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="325"/>
        <source>Étapes du déroulé</source>
        <translation>Run of show steps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="326"/>
        <source>Animation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="328"/>
        <source>&amp;Alerte avant la fin (min) :</source>
        <translation>&amp;Warning before the end (min):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="329"/>
        <source>Alerte avant la fin, en minutes</source>
        <translation>Warning before the end, in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="330"/>
        <source>Écran du projecteur</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="331"/>
        <source>Compter ce temps</source>
        <translation>Count this time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="332"/>
        <source>Ne pas le compter</source>
        <translation>Don&apos;t count it</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="101"/>
        <source>Modifier l&apos;étape</source>
        <extracomment>an edit was refused: its sentence for the facilitator (&quot;&quot; once one succeeds)</extracomment>
        <translation>Edit step</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="39"/>
        <source>Accueil</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="39"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="40"/>
        <location filename="../../ui/rotation/grid.py" line="275"/>
        <source>Tour {n}</source>
        <translation>Round {n}</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="40"/>
        <source>Changement de table</source>
        <translation>Change tables</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="41"/>
        <source>Synthèse</source>
        <translation>Summing up</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="41"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="41"/>
        <source>Clôture</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="42"/>
        <source>Bilan de l&apos;année écoulée</source>
        <translation>Review of the past year</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="24"/>
        <source>Tour</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="26"/>
        <source>Plénière / synthèse</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="29"/>
        <source>Bilan de l&apos;an dernier</source>
        <translation>Last year&apos;s review</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="48"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="48"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="49"/>
        <source>Durée (min)</source>
        <translation>Length (min)</translation>
    </message>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="49"/>
        <source>Heure prévue</source>
        <translation>Planned time</translation>
    </message>
</context>
<context>
    <name>BilanPage</name>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="75"/>
        <source>&lt;h2&gt;Bilan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Review&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="76"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="76"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="77"/>
        <source>Mise à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="78"/>
        <source>Actions du bilan, par thème</source>
        <translation>Actions of the review, by theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="97"/>
        <source>Les actions de la programmation {year}, décidées à l&apos;atelier du {date}. Dites ce qu&apos;elles sont devenues : le bilan ouvre le café (étape « Bilan » du déroulé) et le compte rendu.</source>
        <translation>The actions of the {year} plan, decided at the workshop of {date}. Say what became of them: the review opens the café (the “Review” step of the run of show) and the report.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="103"/>
        <source>Cet atelier ne reprend pas d&apos;actions de l&apos;an dernier : voici l&apos;avancement de sa propre programmation {year}. L&apos;an prochain, « Fichier › Nouvel atelier depuis l&apos;an dernier… » en fera le bilan.</source>
        <translation>This workshop carries no actions from last year: here is the progress of its own {year} plan. Next year, “File › New workshop from last year&apos;s…” will make it a review.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_page.py" line="127"/>
        <source>Sans thème</source>
        <translation>No theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="88"/>
        <source>&amp;Statut</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="88"/>
        <source>&amp;Pourquoi</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="88"/>
        <source>Ce qui a été &amp;fait</source>
        <translation>What was &amp;done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="89"/>
        <source>&amp;Résultat de l&apos;indicateur</source>
        <translation>Indicator&apos;s &amp;result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="90"/>
        <source>&amp;Historique du statut</source>
        <translation>Status &amp;history</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="92"/>
        <source>Obligatoire si l&apos;action est abandonnée ; utile si elle est reportée</source>
        <translation>Required if the action is dropped; useful if it is postponed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="94"/>
        <source>Ce que l&apos;indicateur a donné</source>
        <translation>What the indicator showed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="95"/>
        <source>Statut de l&apos;action</source>
        <translation>Action status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="96"/>
        <source>Raison du statut</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="97"/>
        <source>Ce qui a été fait</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="98"/>
        <source>Résultat de l&apos;indicateur</source>
        <translation>Indicator&apos;s result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="99"/>
        <source>Historique des changements de statut</source>
        <translation>History of status changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="130"/>
        <source>Objectif : {}</source>
        <translation>Target: {}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="131"/>
        <source>Pas d&apos;indicateur de réussite</source>
        <translation>No success indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="139"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="145"/>
        <source>Aucun changement de statut</source>
        <translation>No status change</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="155"/>
        <source>Bilan de « {} »</source>
        <translation>Review of “{}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bilan_form.py" line="166"/>
        <source>Changer le statut de « {} »</source>
        <translation>Change the status of “{}”</translation>
    </message>
</context>
<context>
    <name>BilanScreen</name>
    <message>
        <location filename="../../ui/projector/bilan.py" line="58"/>
        <source>thème {n} / {count}</source>
        <extracomment>per status, dark words on a light badge: readable on every background (action title, detail) sizes, as fractions of the height, largest first</extracomment>
        <translation>theme {n} / {count}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/bilan.py" line="66"/>
        <source>Aucune action à présenter</source>
        <translation>No action to present</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="38"/>
        <source>Atelier de l&apos;an dernier</source>
        <translation>Last year&apos;s workshop</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="48"/>
        <source>Nouvel atelier depuis l&apos;an dernier</source>
        <translation>New workshop from last year&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="51"/>
        <source>« {title} » ({name}) reste tel quel : il est seulement lu.</source>
        <translation>“{title}” ({name}) stays as it is: it is only read.</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="56"/>
        <source>L&apos;&amp;organisation : {}</source>
        <translation>The &amp;organisation: {}</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="57"/>
        <source>La &amp;résidence et le lieu : {}</source>
        <translation>The &amp;residence and the place: {}</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="58"/>
        <source>Les &amp;thèmes ({})</source>
        <translation>The &amp;themes ({})</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="59"/>
        <source>Les t&amp;ables ({})</source>
        <translation>The t&amp;ables ({})</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="60"/>
        <source>Les &amp;personnes d&apos;accord pour être gardées ({kept}) ; les {left} autres ne laissent qu&apos;un décompte sans nom</source>
        <translation>The &amp;people who agreed to be kept ({kept}); the {left} others leave only a count without names</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="66"/>
        <source>Reprendre :</source>
        <translation>Carry over:</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="72"/>
        <source>Ses {count} {count|action|actions} de la programmation {year} deviennent le bilan de ce nouvel atelier, avec leur statut et leur historique.</source>
        <translation>Its {count} {count|action|actions} of the {year} plan become the review of this new workshop, with their status and history.</translation>
    </message>
    <message>
        <location filename="../../ui/carry_over_dialog.py" line="79"/>
        <source>&amp;Créer l&apos;atelier…</source>
        <translation>&amp;Create the workshop…</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../ui/models/participants_model.py" line="17"/>
        <source>locataire</source>
        <translation>tenant</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="18"/>
        <source>accédant</source>
        <translation>homeowner</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="19"/>
        <source>salarié</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="20"/>
        <source>partenaire</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="21"/>
        <source>élu</source>
        <translation>elected member</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="22"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>ContactsBox</name>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="80"/>
        <source>Accepte d&apos;être &amp;contacté·e pour le suivi des actions</source>
        <translation>Agrees to be &amp;contacted to follow up the actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="82"/>
        <source>Sans cet accord, ni courriel ni téléphone ne sont gardés. Décocher supprime les contacts (Ctrl+Z pour annuler).</source>
        <translation>Without this agreement, no email or phone is kept. Unticking deletes the contacts (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="84"/>
        <source>C&amp;ourriel :</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="85"/>
        <source>Courriel de la personne</source>
        <translation>Person&apos;s email</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="86"/>
        <source>prenom.nom@exemple.fr</source>
        <translation>firstname.lastname@example.org</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="87"/>
        <source>&amp;Téléphone :</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="88"/>
        <source>Téléphone de la personne</source>
        <translation>Person&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="89"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="100"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="102"/>
        <source>Contacts de {name}</source>
        <translation>Contacts of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="117"/>
        <source>Choisissez une personne dans la liste pour voir ses contacts.</source>
        <translation>Choose a person in the list to see their contacts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="121"/>
        <source>Un courriel ou un téléphone est gardé sans son accord : il sera proposé à la suppression (menu Données personnelles).</source>
        <translation>An email or phone is kept without their agreement: it will be offered for deletion (Personal data menu).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="123"/>
        <source>Courriel et téléphone ne sont notés qu&apos;avec l&apos;accord de la personne.</source>
        <translation>Email and phone are recorded only with the person&apos;s agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="131"/>
        <source>Noter l&apos;accord de contact de « {name} »</source>
        <translation>Record the contact agreement of “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="136"/>
        <source>Retirer l&apos;accord de contact de « {name} »</source>
        <translation>Withdraw the contact agreement of “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="143"/>
        <source>Retirer l&apos;accord de contact</source>
        <translation>Withdraw contact agreement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="144"/>
        <source>{name} ne souhaite plus être contacté·e : son courriel et son téléphone seront supprimés de l&apos;atelier.</source>
        <translation>{name} no longer wishes to be contacted: their email and phone will be deleted from the workshop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="147"/>
        <source>Ctrl+Z annule ce retrait.</source>
        <translation>Ctrl+Z undoes this withdrawal.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="148"/>
        <source>Supprimer les contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="159"/>
        <source>Modifier les contacts de « {name} »</source>
        <translation>Edit the contacts of “{name}”</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="70"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="73"/>
        <source>Une erreur inattendue est survenue : {what}</source>
        <translation>An unexpected error happened: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="74"/>
        <source>Votre travail est enregistré ; vous pouvez continuer.</source>
        <translation>Your work is saved; you can go on.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="74"/>
        <source>Votre travail n&apos;a pas pu être enregistré : utilisez « Enregistrer sous… ».</source>
        <translation>Your work could not be saved: use “Save as…”.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="77"/>
        <source>Le détail est dans le journal : {path}</source>
        <translation>The details are in the log: {path}</translation>
    </message>
</context>
<context>
    <name>DomainTableModel</name>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>oui</source>
        <extracomment>the roles a cell may answer (subclasses&apos; extra_data included); others: None at once sections of the workshop the rows show the section the rows are items of (their ids are this section&apos;s ids)</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="177"/>
        <source>&amp;Dossier :</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="178"/>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="179"/>
        <source>Compte rendu &amp;sans aucun nom (pour l&apos;affichage)</source>
        <translation>Report &amp;without any names (for display)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="166"/>
        <source>&lt;h2&gt;Exports&lt;/h2&gt;&lt;p&gt;Programmation annuelle, affiche de suivi pour le hall, compte rendu avec la récolte des tables, fiches capitaine, itinéraires, feuille d&apos;émargement, chevalets de table, copies faciles à lire (itinéraires en gros caractères, restitution) et, quand l&apos;atelier reprend celui de l&apos;an dernier, son bilan : en PDF prêts à imprimer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Exports&lt;/h2&gt;&lt;p&gt;Annual programme, follow-up poster for the hall, report with the tables&apos; harvest, table host sheets, itineraries, attendance sheet, table cards, easy-to-read copies (large-print itineraries, restitution) and, when the workshop follows last year&apos;s, its review: as PDFs ready to print.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="174"/>
        <source>Les copies « faciles à lire » suivent les règles du facile à lire (phrases courtes, gros caractères, une couleur par thème). Avant de les appeler FALC, faites relire le texte par les personnes concernées.</source>
        <translation>The “easy-to-read” copies follow the easy-to-read rules (short sentences, large print, one colour per theme). Before calling them Easy Read (FALC), have the text checked by the people concerned.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="180"/>
        <source>&amp;Exporter les documents</source>
        <translation>&amp;Export the documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="181"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="182"/>
        <source>&amp;Ouvrir le dossier</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="183"/>
        <source>Dossier où écrire les PDF</source>
        <translation>Folder to write the PDFs in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="184"/>
        <source>Premières pages des documents écrits</source>
        <translation>First pages of the documents written</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="185"/>
        <source>Avancement de l&apos;export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="203"/>
        <source>Dossier des PDF</source>
        <translation>PDF folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="226"/>
        <source>Écriture des documents…</source>
        <translation>Writing documents…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="232"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="238"/>
        <source>Écriture de {}…</source>
        <translation>Writing {}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="251"/>
        <source>{} documents écrits dans {}.</source>
        <translation>{} documents written to {}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="253"/>
        <source>Caractères absents de la police, imprimés comme � : {}</source>
        <translation>Characters missing from the font, printed as �: {}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="259"/>
        <source>Impossible d&apos;écrire les documents : {}. Choisissez un autre dossier ; l&apos;atelier n&apos;a pas changé.</source>
        <translation>Could not write the documents: {}. Choose another folder; the workshop has not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exports_page.py" line="263"/>
        <source>Export annulé : les documents déjà écrits sont complets, aucun fichier à moitié écrit.</source>
        <translation>Export cancelled: the documents already written are complete, no file is half-written.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="51"/>
        <location filename="../../ui/file_actions.py" line="148"/>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="84"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="90"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="96"/>
        <source>Sauvegarde impossible</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="115"/>
        <source>Fichier abîmé</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="118"/>
        <source>La sauvegarde la plus récente lisible date du {when}. La restaurer ? Le fichier abîmé est conservé à part.</source>
        <translation>The most recent readable backup is from {when}. Restore it? The damaged file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="120"/>
        <source>Restaurer la sauvegarde</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="130"/>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="145"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146"/>
        <source>L&apos;atelier n&apos;est pas enregistré : utilisez « Enregistrer sous… » pour le garder dans un dossier où vous pouvez écrire.</source>
        <translation>The workshop is not saved: use “Save as…” to keep it in a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="154"/>
        <source>Ouvrir un atelier</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="155"/>
        <source>Ateliers (*.cafe *.json);;Tous les fichiers (*)</source>
        <translation>Workshops (*.cafe *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../ui/file_menu.py" line="95"/>
        <source>Fichier libre</source>
        <translation>File free</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="96"/>
        <source>« {name} » n&apos;est plus ouvert ailleurs. Le rouvrir pour pouvoir le modifier ? Vous verrez alors sa dernière version enregistrée ; cette fenêtre, en lecture seule, n&apos;a rien écrit.</source>
        <translation>“{name}” is no longer open elsewhere. Open it again to be able to change it? You will then see its last saved version; this read-only window wrote nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="119"/>
        <location filename="../../ui/file_menu.py" line="150"/>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="143"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="154"/>
        <location filename="../../ui/file_menu.py" line="170"/>
        <source>Création impossible</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="155"/>
        <source>« {name} » est l&apos;atelier de l&apos;an dernier : choisissez un autre nom pour le nouvel atelier.</source>
        <translation>“{name}” is last year&apos;s workshop: choose another name for the new workshop.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="179"/>
        <source>Enregistrer sous</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="216"/>
        <source>Photos non copiées</source>
        <translation>Photos not copied</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="217"/>
        <source>L&apos;atelier est enregistré, mais les photos des nappes n&apos;ont pas pu être copiées à côté du nouveau fichier ({reason}). Elles restent dans « {folder} ».</source>
        <translation>The workshop is saved, but the photos of the tablecloths could not be copied beside the new file ({reason}). They stay in “{folder}”.</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="226"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="75"/>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="76"/>
        <source>&amp;Nouvel atelier…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="77"/>
        <source>Nouvel atelier depuis la &amp;démo</source>
        <translation>New workshop from the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="78"/>
        <source>Nouvel atelier depuis celui de l&apos;&amp;an dernier…</source>
        <translation>New workshop from &amp;last year&apos;s…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="79"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/file_menu.py" line="80"/>
        <source>Enregistrer &amp;sous…</source>
        <translation>Save &amp;as…</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="141"/>
        <source>{group} — {question} ({n} {n|projet|projets})</source>
        <translation>{group} — {question} ({n} {n|project|projects})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="143"/>
        <source>question pas encore choisie</source>
        <translation>question not chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="179"/>
        <source>(pas encore choisie)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="218"/>
        <source>Choisir la question du groupe</source>
        <translation>Choose the group&apos;s question</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="237"/>
        <source>Modifier le projet</source>
        <translation>Edit the project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="246"/>
        <source>Ajouter un projet</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="254"/>
        <source>Supprimer le projet</source>
        <translation>Delete the project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="109"/>
        <source>Groupes et projets</source>
        <translation>Groups and projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="111"/>
        <source>Un groupe est une table sans capitaine. Il choisit sa question — son thème est alors fixé — et imagine un projet : un titre, une description, le détail pratique. Choisissez un groupe, puis un de ses projets ou « Nouveau projet ». Ses idées se notent dans la page Idées.</source>
        <translation>A group is a table without a host. It chooses its question — its theme is then fixed — and imagines a project: a title, a description, the practical details. Choose a group, then one of its projects or “New project”. Its ideas are noted on the Ideas page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="116"/>
        <source>Aucun groupe : toutes les tables ont un·e capitaine. Une table sans capitaine (page Tables et thèmes) est un groupe qui choisit sa question.</source>
        <translation>No group: every table has a host. A table without a host (Tables and themes page) is a group that chooses its question.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="118"/>
        <source>&amp;Question choisie :</source>
        <translation>Chosen &amp;question:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="119"/>
        <source>&amp;Titre du projet :</source>
        <translation>Project &amp;title:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="120"/>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="121"/>
        <source>En &amp;pratique :</source>
        <translation>&amp;Practical details:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="122"/>
        <source>Calendrier, budget, partenaires, qui s&apos;en occupe…</source>
        <translation>Schedule, budget, partners, who takes care of it…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="123"/>
        <source>P&amp;rojets du groupe :</source>
        <translation>The group&apos;s p&amp;rojects:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="124"/>
        <source>&amp;Nouveau projet</source>
        <translation>&amp;New project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="125"/>
        <source>&amp;Enregistrer le projet</source>
        <translation>&amp;Save the project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="126"/>
        <source>&amp;Supprimer le projet</source>
        <translation>De&amp;lete the project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="127"/>
        <location filename="../../ui/pages/rooms_page.py" line="133"/>
        <source>Groupes</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups_page.py" line="128"/>
        <source>Projets du groupe</source>
        <translation>The group&apos;s projects</translation>
    </message>
</context>
<context>
    <name>HarvestPanel</name>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="109"/>
        <source>&amp;Résumé du capitaine pour ce tour :</source>
        <extracomment>one sentence for the page&apos;s problem line (&quot;&quot; clears it) the facilitator asks to show this table&apos;s photos on the projector</extracomment>
        <translation>Table host&apos;s &amp;summary of this round:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="111"/>
        <source>ce que le capitaine a retenu du tour, en quelques phrases (enregistré tout seul)</source>
        <translation>what the table host kept from the round, in a few sentences (saved by itself)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="112"/>
        <location filename="../../ui/pages/harvest_panel.py" line="229"/>
        <source>Résumé du capitaine</source>
        <translation>Table host&apos;s summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="113"/>
        <location filename="../../ui/pages/harvest_panel.py" line="241"/>
        <source>Photos de la nappe</source>
        <translation>Photos of the tablecloth</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="115"/>
        <source>Ajouter des p&amp;hotos…</source>
        <translation>Add p&amp;hotos…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="117"/>
        <source>JPEG, PNG ou HEIC ; on peut aussi déposer les fichiers ici. La position GPS et les autres données de l&apos;appareil sont retirées.</source>
        <translation>JPEG, PNG or HEIC; files can also be dropped here. The GPS position and the camera&apos;s other data are removed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="119"/>
        <source>Retirer la photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="120"/>
        <source>On y reconnaît des visages</source>
        <translation>Faces can be recognised</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="122"/>
        <source>Cochez si des personnes sont reconnaissables : la photo est alors retirée du compte rendu sans noms et effacée avec les données de ces personnes.</source>
        <translation>Tick if people can be recognised: the photo is then left out of the report without names and erased with these people&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="124"/>
        <source>Projeter les photos de la table</source>
        <translation>Project the table&apos;s photos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="126"/>
        <source>Une photo où l&apos;on reconnaît quelqu&apos;un ne se prend et ne se garde qu&apos;avec son accord. Photographiez la nappe, pas les personnes.</source>
        <translation>A photo on which someone can be recognised is taken and kept only with their agreement. Photograph the tablecloth, not the people.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="139"/>
        <source>Récolte : choisissez une table</source>
        <translation>Harvest: choose a table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="141"/>
        <source>Récolte de {table}, sans tour</source>
        <translation>Harvest of {table}, no round</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="143"/>
        <source>Récolte de {table}, tour {n}</source>
        <translation>Harvest of {table}, round {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="172"/>
        <source>Photo {n}</source>
        <translation>Photo {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="242"/>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="252"/>
        <source>Choisissez d&apos;abord la table de la nappe.</source>
        <translation>First choose the tablecloth&apos;s table.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="256"/>
        <source>Enregistrez d&apos;abord l&apos;atelier dans un fichier modifiable : les photos sont rangées à côté de lui.</source>
        <translation>First save the workshop in a file you can change: the photos are kept beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="266"/>
        <source>Préparation de {n} {n|photo|photos}…</source>
        <translation>Preparing {n} {n|photo|photos}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="274"/>
        <source>Ajouter {n} {n|photo|photos} de nappe</source>
        <translation>Add {n} tablecloth {n|photo|photos}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="294"/>
        <source>Retirer une photo de nappe</source>
        <translation>Remove a tablecloth photo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/harvest_panel.py" line="300"/>
        <source>Visages sur une photo</source>
        <translation>Faces on a photo</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/help_menu.py" line="47"/>
        <source>À &amp;propos de Café Conversation</source>
        <translation>&amp;About Café Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="52"/>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="62"/>
        <source>&lt;h3&gt;Café Conversation {version}&lt;/h3&gt;&lt;p&gt;Préparer et animer un World Café : plans de table, minuteur, votes, programmation annuelle.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Données personnelles&lt;/b&gt; : les noms et contacts restent sur cet ordinateur, dans le fichier de l&apos;atelier et ses sauvegardes. Les contacts ne sont gardés qu&apos;avec le consentement de la personne, pour le suivi des actions seulement ; une personne peut être effacée à tout moment.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Café Conversation {version}&lt;/h3&gt;&lt;p&gt;Prepare and run a World Café: seating plans, timer, votes, annual action plan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Personal data&lt;/b&gt;: names and contacts stay on this computer, in the workshop file and its backups. Contacts are kept only with the person&apos;s consent, and only to follow up actions; a person can be erased at any time.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="70"/>
        <source>Sur cet ordinateur</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="25"/>
        <source>Ateliers :</source>
        <translation>Workshops:</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="26"/>
        <source>Données de l&apos;application :</source>
        <translation>Application data:</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="27"/>
        <source>Réglages :</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <location filename="../../ui/help_menu.py" line="28"/>
        <source>Journal (à joindre pour signaler un problème) :</source>
        <translation>Log (attach it to report a problem):</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="197"/>
        <source>Idées</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="198"/>
        <source>&amp;Table :</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="199"/>
        <source>T&amp;our :</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="200"/>
        <source>&amp;Idée :</source>
        <translation>&amp;Idea:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="201"/>
        <source>tapez l&apos;idée rapportée par la table, puis Entrée</source>
        <translation>type the idea reported by the table, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="202"/>
        <source>Texte de la nouvelle idée</source>
        <translation>Text of the new idea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="203"/>
        <source>Table où l&apos;idée a été notée</source>
        <translation>Table where the idea was noted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="204"/>
        <source>Tour où l&apos;idée a été notée</source>
        <translation>Round in which the idea was noted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="205"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="206"/>
        <source>Thèmes, avec le nombre d&apos;idées</source>
        <translation>Themes, with the number of ideas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="207"/>
        <source>Idées du thème choisi</source>
        <translation>Ideas of the chosen theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="210"/>
        <source>Thème où déplacer les idées choisies</source>
        <translation>Theme to move the chosen ideas to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="211"/>
        <source>&amp;Déplacer vers ce thème</source>
        <translation>&amp;Move to this theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="212"/>
        <source>&amp;Regrouper les doublons</source>
        <translation>&amp;Group duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="213"/>
        <source>Ctrl+G : la première idée choisie garde son texte</source>
        <translation>Ctrl+G: the first chosen idea keeps its text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="214"/>
        <source>&amp;Séparer</source>
        <translation>&amp;Split</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="215"/>
        <source>Ctrl+Maj+G : rend leurs places aux idées regroupées</source>
        <translation>Ctrl+Shift+G: puts grouped ideas back where they were</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="216"/>
        <source>S&amp;upprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="217"/>
        <source>Touche Suppr ; Ctrl+Z pour annuler</source>
        <translation>Delete key; Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="218"/>
        <source>&amp;Projeter</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="219"/>
        <source>Montrer les idées du thème choisi au vidéoprojecteur</source>
        <translation>Show the chosen theme&apos;s ideas on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="237"/>
        <source>(sans table)</source>
        <translation>(no table)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="240"/>
        <source>(sans tour)</source>
        <translation>(no round)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="241"/>
        <source>Tour {n}</source>
        <translation>Round {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="250"/>
        <source>→ thème : {theme}</source>
        <translation>→ theme: {theme}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="267"/>
        <source>Toutes les idées ({n})</source>
        <translation>All ideas ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="271"/>
        <source>Sans thème ({n})</source>
        <translation>No theme ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="324"/>
        <source>Ajouter une idée</source>
        <translation>Add an idea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="343"/>
        <source>Choisissez d&apos;abord la ou les idées à déplacer.</source>
        <translation>First choose the idea or ideas to move.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="346"/>
        <source>Déplacer {n} {n|idée|idées}</source>
        <translation>Move {n} {n|idea|ideas}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="350"/>
        <source>Choisissez au moins deux idées à regrouper (Ctrl+clic).</source>
        <translation>Choose at least two ideas to group (Ctrl+click).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="352"/>
        <source>Regrouper {n} {n|idée|idées}</source>
        <translation>Group {n} {n|idea|ideas}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="356"/>
        <source>Choisissez d&apos;abord l&apos;idée regroupée à séparer.</source>
        <translation>First choose the grouped idea to split.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="358"/>
        <source>Séparer une idée regroupée</source>
        <translation>Split a grouped idea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="362"/>
        <source>Choisissez d&apos;abord la ou les idées à supprimer.</source>
        <translation>First choose the idea or ideas to delete.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/ideas_page.py" line="364"/>
        <source>Supprimer {n} {n|idée|idées}</source>
        <translation>Delete {n} {n|idea|ideas}</translation>
    </message>
    <message>
        <location filename="../../ui/models/ideas_model.py" line="64"/>
        <source>tour</source>
        <translation>round</translation>
    </message>
    <message>
        <location filename="../../ui/models/ideas_model.py" line="125"/>
        <source>Modifier une idée</source>
        <translation>Edit an idea</translation>
    </message>
    <message>
        <location filename="../../ui/models/ideas_model.py" line="53"/>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/models/ideas_model.py" line="53"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/models/ideas_model.py" line="53"/>
        <source>Notée à</source>
        <translation>Noted at</translation>
    </message>
</context>
<context>
    <name>IdeasProjector</name>
    <message>
        <location filename="../../ui/projector/ideas.py" line="89"/>
        <source>Idées sans thème</source>
        <translation>Ideas without a theme</translation>
    </message>
    <message>
        <location filename="../../ui/projector/ideas.py" line="90"/>
        <source>{theme} — {count} {count|idée|idées}</source>
        <translation>{theme} — {count} {count|idea|ideas}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/ideas.py" line="96"/>
        <source>Pas encore d&apos;idée.</source>
        <translation>No ideas yet.</translation>
    </message>
    <message>
        <location filename="../../ui/projector/ideas.py" line="97"/>
        <source>Idées projetées : {theme}</source>
        <translation>Projected ideas: {theme}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Annuler {action}</source>
        <translation>Undo {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Rétablir {action}</source>
        <translation>Redo {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Étapes de l&apos;atelier</source>
        <translation>Workshop steps</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>non enregistré</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>lecture seule</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>enregistré</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>NON enregistré</source>
        <translation>NOT saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Annulé : {action}</source>
        <extracomment>the key of the page now shown (``&quot;agenda&quot;``…)</extracomment>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Rétabli : {action}</source>
        <translation>Redone: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>enregistrement…</source>
        <translation>saving…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>État de l&apos;enregistrement : {state}</source>
        <translation>Save status: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Vos modifications restent dans la fenêtre : utilisez « Enregistrer sous… » pour les garder ailleurs.</source>
        <translation>Your changes are still in the window: use “Save as…” to keep them somewhere else.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="128"/>
        <source>Tables et thèmes</source>
        <translation>Tables and themes</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Groupes et projets</source>
        <translation>Groups and projects</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="130"/>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>Déroulé</source>
        <translation>Run of show</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>Idées</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="134"/>
        <source>Salles</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>Programmation annuelle</source>
        <translation>Annual action plan</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="137"/>
        <source>Bilan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="96"/>
        <source>Sans question ni thème</source>
        <translation>No question or theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="105"/>
        <source>projet</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="105"/>
        <source>idée</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="124"/>
        <source>l&apos;événement</source>
        <translation>the event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="127"/>
        <source>« {text} » × {n} ({rooms})</source>
        <translation>“{text}” × {n} ({rooms})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="144"/>
        <source>Regrouper des idées de plusieurs salles</source>
        <translation>Merge ideas from several rooms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="75"/>
        <source>&amp;Regrouper par :</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="76"/>
        <source>question choisie par les groupes</source>
        <translation>question chosen by the groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="77"/>
        <source>thème</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="78"/>
        <source>Projet ou idée</source>
        <translation>Project or idea</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="78"/>
        <source>Venu de</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="78"/>
        <location filename="../../ui/pages/rooms_page.py" line="134"/>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="79"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="80"/>
        <source>Idées et projets de toutes les salles</source>
        <translation>Ideas and projects of every room</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="82"/>
        <source>Doublons probables entre salles (les mêmes mots, accents et majuscules à part) :</source>
        <translation>Likely duplicates across rooms (the same words, accents and case aside):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="83"/>
        <source>Doublons probables</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_overview.py" line="84"/>
        <source>Re&amp;grouper ce doublon</source>
        <translation>&amp;Merge this duplicate</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/models/participants_model.py" line="58"/>
        <source>A accepté d&apos;être repris·e dans l&apos;atelier de l&apos;an prochain ; sans cet accord, seul un décompte sans nom y passe.</source>
        <translation>Agreed to be carried into next year&apos;s workshop; without this agreement, only a count without names goes there.</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="74"/>
        <source>Pointer « {name} » présent·e</source>
        <translation>Mark “{name}” present</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="75"/>
        <source>Retirer le pointage de « {name} »</source>
        <translation>Unmark “{name}” present</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="77"/>
        <source>Garder « {name} » pour l&apos;an prochain</source>
        <translation>Keep “{name}” for next year</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="78"/>
        <source>Ne pas garder « {name} » pour l&apos;an prochain</source>
        <translation>Do not keep “{name}” for next year</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="80"/>
        <source>Modifier « {name} »</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>oui</source>
        <extracomment>the roles a cell may answer (subclasses&apos; extra_data included); others: None at once sections of the workshop the rows show the section the rows are items of (their ids are this section&apos;s ids)</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="40"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="41"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="42"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="43"/>
        <source>Résidence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="44"/>
        <source>Table accessible</source>
        <translation>Accessible table</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="45"/>
        <source>Besoin particulier</source>
        <translation>Special need</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="46"/>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="47"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="49"/>
        <source>Gardé·e l&apos;an prochain</source>
        <translation>Kept next year</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="259"/>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="260"/>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="261"/>
        <source>nom, catégorie, résidence, besoin, notes…</source>
        <translation>name, category, residence, need, notes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="262"/>
        <source>Rechercher une personne</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="263"/>
        <source>Liste des participant·es</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="264"/>
        <source>A&amp;jouter (prénom nom) :</source>
        <translation>New person (first and last &amp;name):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="265"/>
        <source>Prénom et nom de la personne à ajouter</source>
        <translation>First and last name of the person to add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="266"/>
        <source>par exemple : Yvette Martin</source>
        <translation>for example: Yvette Martin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="267"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="268"/>
        <source>&amp;Supprimer la sélection</source>
        <translation>&amp;Delete selection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="269"/>
        <source>Touche Suppr ; Ctrl+Z pour annuler</source>
        <translation>Delete key; Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="307"/>
        <source>{total} {total|personne|personnes}, {present} {present|pointée présente|pointées présentes}</source>
        <translation>{total} {total|person|people}, {present} marked present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="322"/>
        <source>Tapez d&apos;abord le prénom et le nom de la personne.</source>
        <translation>First type the person&apos;s first and last name.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="325"/>
        <source>Ajouter « {name} »</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="361"/>
        <source>Choisissez d&apos;abord la ou les personnes à supprimer.</source>
        <translation>First choose the person or people to delete.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="365"/>
        <source>Supprimer « {name} »</source>
        <translation>Delete “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/participants_page.py" line="367"/>
        <source>Supprimer {count} {count|personne|personnes}</source>
        <translation>Delete {count} {count|person|people}</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <location filename="../../ui/people/import_actions.py" line="49"/>
        <source>&amp;Importer des participant·es…</source>
        <translation>&amp;Import participants…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="50"/>
        <source>Ajouter des participant·es depuis un tableur (CSV ou Excel .xlsx)</source>
        <translation>Add participants from a spreadsheet (CSV or Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="52"/>
        <source>E&amp;xporter la liste (CSV)…</source>
        <translation>E&amp;xport the list (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="53"/>
        <source>Enregistrer la liste des participant·es pour Excel</source>
        <translation>Save the list of participants for Excel</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="61"/>
        <source>Choisir une liste de participant·es</source>
        <translation>Choose a list of participants</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="62"/>
        <source>Tableurs (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="78"/>
        <source>{n} {n|participant·e importé·e|participant·es importé·es} (Ctrl+Z pour annuler).</source>
        <translation>{n} {n|participant|participants} imported (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="87"/>
        <source>Exporter la liste</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="88"/>
        <source>CSV pour Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="101"/>
        <source>Export impossible</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="102"/>
        <source>Impossible d&apos;écrire « {name} » : {detail}.</source>
        <translation>Could not write “{name}”: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="105"/>
        <source>Liste enregistrée : {path}</source>
        <translation>List saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="112"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_actions.py" line="113"/>
        <source>Inclure les courriels et téléphones des personnes qui ont accepté d&apos;être recontactées ? Ne le faites que si la liste reste entre les mains de l&apos;équipe qui suit les actions.</source>
        <translation>Include the emails and phone numbers of people who agreed to be contacted again? Only do so if the list stays with the team following up the actions.</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="124"/>
        <source>Importer des participant·es</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="125"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="126"/>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="127"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="128"/>
        <source>&amp;Encodage :</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="129"/>
        <source>Encodage du fichier</source>
        <translation>File encoding</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="130"/>
        <location filename="../../ui/people/import_dialog.py" line="136"/>
        <source>Automatique</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="130"/>
        <source>Windows-1252 (Excel)</source>
        <translation>Windows-1252 (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="131"/>
        <source>DOS (cp850)</source>
        <translation>DOS (cp850)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="131"/>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="134"/>
        <source>&amp;Séparateur :</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="135"/>
        <source>Séparateur de colonnes</source>
        <translation>Column separator</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="136"/>
        <source>point-virgule ( ; )</source>
        <translation>semicolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="137"/>
        <source>virgule ( , )</source>
        <translation>comma ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="137"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="140"/>
        <source>Aperçu de l&apos;import</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="142"/>
        <source>Toutes les personnes de la liste ont accepté d&apos;être recontactées (courriel, téléphone) pour le suivi des actions</source>
        <translation>Everyone on the list agreed to be contacted again (email, phone) to follow up the actions</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="144"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="154"/>
        <source>— ignorer —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="154"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="155"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="155"/>
        <source>Nom et prénom</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="156"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="156"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="157"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="157"/>
        <source>Résidence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="158"/>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="158"/>
        <source>Table accessible</source>
        <translation>Accessible table</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="159"/>
        <source>Présent·e</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="159"/>
        <source>Remarques</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="160"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="166"/>
        <source>Choisir une liste de participant·es</source>
        <translation>Choose a list of participants</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="167"/>
        <source>Tableurs (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="197"/>
        <source>Aucune colonne de nom reconnue : choisissez « Nom », « Prénom » ou « Nom et prénom » au-dessus d&apos;une colonne.</source>
        <translation>No name column recognised: choose “Last name”, “First name” or “Full name” above a column.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="200"/>
        <source>Fichier lu en Windows-1252 (Excel) : si des accents sont faux, choisissez un autre encodage.</source>
        <translation>File read as Windows-1252 (Excel): if accents look wrong, choose another encoding.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="239"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="239"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="239"/>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="241"/>
        <source>Importer dans : →</source>
        <translation>Import into: →</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="259"/>
        <source>Champ pour la colonne « {header} »</source>
        <translation>Field for column “{header}”</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="337"/>
        <source>{chosen} {chosen|personne|personnes} à ajouter sur {rows} {rows|ligne|lignes} ; {duplicates} {duplicates|doublon possible|doublons possibles} ; {unreadable} {unreadable|ligne|lignes} {unreadable|illisible|illisibles}.</source>
        <translation>{chosen} {chosen|person|people} to add out of {rows} {rows|row|rows}; {duplicates} possible {duplicates|duplicate|duplicates}; {unreadable} unreadable {unreadable|row|rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="344"/>
        <source>Sans consentement, les contacts (courriel, téléphone) de {n} {n|personne|personnes} ne seront pas gardés.</source>
        <translation>Without consent, the contacts (email, phone) of {n} {n|person|people} will not be kept.</translation>
    </message>
    <message>
        <location filename="../../ui/people/import_dialog.py" line="354"/>
        <source>Importer {n} {n|participant·e|participant·es}</source>
        <translation>Import {n} {n|participant|participants}</translation>
    </message>
</context>
<context>
    <name>PhotosProjector</name>
    <message>
        <location filename="../../ui/projector/photos.py" line="56"/>
        <source>Nappe de {table}</source>
        <translation>Tablecloth of {table}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/photos.py" line="63"/>
        <source>Pas encore de photo de cette nappe.</source>
        <translation>No photo of this tablecloth yet.</translation>
    </message>
    <message>
        <location filename="../../ui/projector/photos.py" line="66"/>
        <source>Photo {n} sur {count}</source>
        <translation>Photo {n} of {count}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/photos.py" line="67"/>
        <source>Photo {n} sur {count} — tour {round}</source>
        <translation>Photo {n} of {count} — round {round}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/photos.py" line="131"/>
        <source>Tour {n} : {text}</source>
        <translation>Round {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/photos.py" line="150"/>
        <source>Photo introuvable à côté du fichier de l&apos;atelier.</source>
        <translation>Photo not found beside the workshop file.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="128"/>
        <source>&lt;h2&gt;Programmation annuelle&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Annual action plan&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="129"/>
        <source>Période et suivi</source>
        <translation>Period and follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="130"/>
        <source>A&amp;nnée de début</source>
        <translation>Start &amp;year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="130"/>
        <source>Premier m&amp;ois</source>
        <translation>First m&amp;onth</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="130"/>
        <source>&amp;Résidence</source>
        <translation>&amp;Residence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="131"/>
        <source>&amp;Modèle d&apos;adresse de suivi</source>
        <translation>Follow-up URL &amp;pattern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="131"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="132"/>
        <source>Page de suivi &amp;générale</source>
        <translation>&amp;General follow-up page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="135"/>
        <source>Appliquer aux actions sans adresse</source>
        <translation>Apply to actions without a URL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="137"/>
        <source>Qui joindre : un accueil, un téléphone, une adresse (vide : l&apos;organisation)</source>
        <translation>Who to reach: a front desk, a phone number, an address (empty: the organisation)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="139"/>
        <source>&amp;Ajouter une action</source>
        <translation>&amp;Add an action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="140"/>
        <source>Supprimer l&apos;a&amp;ction</source>
        <translation>Delete a&amp;ction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="142"/>
        <source>Année de début de la programmation</source>
        <translation>Start year of the plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="143"/>
        <source>Premier mois de la période de 12 mois</source>
        <translation>First month of the 12-month period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="144"/>
        <source>Résidence</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="145"/>
        <source>Contact imprimé sur la programmation</source>
        <translation>Contact printed on the annual plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="146"/>
        <source>Modèle d&apos;adresse de suivi</source>
        <translation>Follow-up URL pattern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="147"/>
        <source>Adresse de la page de suivi générale</source>
        <translation>URL of the general follow-up page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="148"/>
        <source>Actions de la programmation</source>
        <translation>Actions of the plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="228"/>
        <source>Changer la période</source>
        <translation>Change the period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="234"/>
        <source>Changer la résidence</source>
        <translation>Change the residence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="240"/>
        <source>Changer le contact</source>
        <translation>Change the contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="245"/>
        <source>{action} est remplacé par le nom de chaque action.</source>
        <translation>{action} is replaced by the name of each action.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="255"/>
        <source>Exemple : {}</source>
        <translation>Example: {}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="261"/>
        <source>Appliquer le modèle d&apos;adresse</source>
        <translation>Apply the URL pattern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="276"/>
        <source>Changer la page de suivi générale</source>
        <translation>Change the general follow-up page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="280"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="281"/>
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page.py" line="289"/>
        <source>Supprimer l&apos;action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="66"/>
        <source>Non enregistrée : l&apos;adresse gardée reste « {kept} ».</source>
        <translation>Not saved: the address kept is still “{kept}”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="68"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="207"/>
        <source>Action</source>
        <extracomment>the fields in form order; the page also exposes them under these names True while fields are filled from the workshop: no save then</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="208"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="208"/>
        <source>T&amp;hème</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="208"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="209"/>
        <source>Référ&amp;ents (un par ligne)</source>
        <translation>L&amp;eads (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="209"/>
        <source>Dé&amp;but</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="209"/>
        <source>&amp;Fin</source>
        <translation>E&amp;nd</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="210"/>
        <source>Mois de l&apos;action</source>
        <translation>Months of the action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="210"/>
        <source>B&amp;udget (facultatif)</source>
        <translation>&amp;Budget (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="210"/>
        <source>&amp;Indicateur de réussite</source>
        <translation>Success &amp;indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="211"/>
        <source>Adresse de sui&amp;vi</source>
        <translation>Follow-up UR&amp;L</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="211"/>
        <source>&amp;Statut</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="211"/>
        <source>&amp;Pourquoi</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="214"/>
        <source>Obligatoire si l&apos;action est abandonnée</source>
        <translation>Required if the action is dropped</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="215"/>
        <source>un·e participant·e, ou un nom, un rôle…</source>
        <translation>a participant, or a name, a role…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="216"/>
        <source>Ajouter le ou la ré&amp;férent·e</source>
        <translation>Add the &amp;lead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="218"/>
        <source>Titre de l&apos;action</source>
        <translation>Action title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="219"/>
        <source>Thème de l&apos;action</source>
        <translation>Action theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="220"/>
        <source>Description de l&apos;action</source>
        <translation>Action description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="221"/>
        <source>Référents de l&apos;action, un par ligne</source>
        <translation>Action leads, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="222"/>
        <source>Référent·e à ajouter : un·e participant·e ou un nom</source>
        <translation>Lead to add: a participant or a name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="223"/>
        <source>Mois de début</source>
        <translation>Start month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="223"/>
        <source>Mois de fin</source>
        <translation>End month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="224"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="224"/>
        <source>Indicateur de réussite</source>
        <translation>Success indicator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="225"/>
        <source>Adresse de suivi de l&apos;action</source>
        <translation>Follow-up URL of the action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="226"/>
        <source>Statut de l&apos;action</source>
        <translation>Action status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="227"/>
        <source>Raison du statut</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="232"/>
        <source>Cliquez les mois où l&apos;action a lieu (par exemple un repas par trimestre).</source>
        <translation>Click the months when the action happens (for example one meal per quarter).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="243"/>
        <source>L&apos;action a lieu en {}</source>
        <translation>The action happens in {}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="246"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="246"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="247"/>
        <source>réalisée</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="247"/>
        <source>reportée</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="248"/>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="268"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="304"/>
        <source>Modifier l&apos;action « {} »</source>
        <translation>Edit action “{}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="327"/>
        <source>Changer les mois de « {} »</source>
        <translation>Change the months of “{}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_action_form.py" line="353"/>
        <source>Changer le statut de « {} »</source>
        <translation>Change the status of “{}”</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../ui/people/privacy_notice.py" line="15"/>
        <source>&lt;p&gt;&lt;b&gt;Données personnelles.&lt;/b&gt; Les noms, catégories et besoins des participant·es restent sur cet ordinateur, dans le fichier de l&apos;atelier et ses sauvegardes (lisibles par vous seul·e). Le nom et la catégorie suffisent ; courriel et téléphone ne sont gardés qu&apos;avec l&apos;accord de la personne, pour le suivi des actions seulement.&lt;/p&gt;&lt;p&gt;Une personne peut demander ce qui est gardé sur elle (export) ou son effacement (atelier et sauvegardes ; seul un compte anonyme par catégorie reste). Les contacts sont proposés à la suppression après la durée de conservation choisie. Les documents publics (restitution) peuvent être produits sans aucun nom ; le projecteur montre le prénom et l&apos;initiale.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Personal data.&lt;/b&gt; Participants&apos; names, categories and needs stay on this computer, in the workshop file and its backups (readable by you only). Name and category are enough; email and phone are kept only with the person&apos;s agreement, and only to follow up actions.&lt;/p&gt;&lt;p&gt;A person can ask what is kept about them (export) or to be erased (workshop and backups; only an anonymous count per category remains). Contacts are offered for deletion after the chosen retention period. Public documents (feedback) can be produced without any names; the projector shows the first name and initial.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_actions.py" line="53"/>
        <source>Données &amp;personnelles</source>
        <translation>&amp;Personal data</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_actions.py" line="54"/>
        <source>&amp;Gérer les données personnelles…</source>
        <translation>&amp;Manage personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_actions.py" line="55"/>
        <source>&amp;Notice sur les données</source>
        <translation>Data &amp;notice</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_actions.py" line="72"/>
        <source>Cet atelier a plus de {months} mois : {n} {n|contact|contacts} à supprimer (menu Données personnelles).</source>
        <translation>This workshop is over {months} months old: {n} {n|contact|contacts} to delete (Personal data menu).</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_actions.py" line="91"/>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="107"/>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="109"/>
        <source>Une personne</source>
        <translation>One person</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="110"/>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="111"/>
        <source>Personne concernée</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="112"/>
        <source>E&amp;xporter ce qui est gardé sur elle…</source>
        <translation>E&amp;xport what is kept about them…</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="113"/>
        <source>&amp;Effacer cette personne…</source>
        <translation>&amp;Erase this person…</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="115"/>
        <source>Retire la personne de l&apos;atelier et de toutes les sauvegardes. Ne peut pas être annulé.</source>
        <translation>Removes the person from the workshop and from every backup. Cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="117"/>
        <source>Conservation des contacts</source>
        <translation>Contact retention</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="118"/>
        <source>&amp;Garder les contacts pendant :</source>
        <translation>&amp;Keep contacts for:</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="119"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="120"/>
        <source>Durée de conservation des contacts en mois</source>
        <translation>Contact retention period in months</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="121"/>
        <source>&amp;Supprimer ces contacts…</source>
        <translation>&amp;Delete these contacts…</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="168"/>
        <source>date de l&apos;atelier non renseignée</source>
        <translation>workshop date not set</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="170"/>
        <source>l&apos;atelier n&apos;a pas encore eu lieu</source>
        <translation>the workshop has not taken place yet</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="172"/>
        <source>atelier d&apos;il y a {n} mois</source>
        <translation>workshop {n} months ago</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="175"/>
        <source>Contacts proposés à la suppression ({when}) : {names}.</source>
        <translation>Contacts offered for deletion ({when}): {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="178"/>
        <source>Aucun contact à supprimer ({when}).</source>
        <translation>No contact to delete ({when}).</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="201"/>
        <source>Effacer définitivement {name} ?

La personne sera retirée de l&apos;atelier (liste, tables, plans de table, actions ; ses votes restent comptés sans son nom) et de toutes les sauvegardes de ce fichier. Seul un compte anonyme par catégorie est gardé.

Cet effacement ne peut pas être annulé : Ctrl+Z ne le défait pas, et l&apos;historique des modifications qui la contient est effacé.

Les documents exportés par l&apos;application sont supprimés s&apos;ils sont encore là où elle les a écrits ; ceux imprimés, copiés, déplacés ou modifiés depuis ne peuvent pas l&apos;être.</source>
        <translation>Erase {name} for good?

The person will be removed from the workshop (list, tables, seating plans, actions; their votes still count, without their name) and from every backup of this file. Only an anonymous count per category is kept.

This erasure cannot be undone: Ctrl+Z does not reverse it, and the history of changes that holds them is deleted.

Documents exported by the application are deleted if they are still where it wrote them; those printed, copied, moved or changed since cannot be.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="210"/>
        <source>Effacer une personne</source>
        <translation>Erase a person</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="211"/>
        <source>Effacer définitivement</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="220"/>
        <source>{name} a été effacé·e de l&apos;atelier et de {n} {n|sauvegarde|sauvegardes}.</source>
        <translation>{name} has been erased from the workshop and from {n} {n|backup|backups}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="223"/>
        <source>{n} {n|document exporté supprimé|documents exportés supprimés}.</source>
        <translation>{n} exported {n|document|documents} deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="227"/>
        <source>{n} {n|photo de nappe où l&apos;on pouvait la reconnaître supprimée|photos de nappe où l&apos;on pouvait la reconnaître supprimées}.</source>
        <translation>{n} tablecloth {n|photo|photos} on which they could be recognised deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="231"/>
        <source>Hors d&apos;atteinte (déplacés, modifiés ou sur un support absent) : supprimez-les vous-même s&apos;ils la nomment :</source>
        <translation>Out of reach (moved, changed or on a drive no longer there): delete them yourself if they name them:</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="235"/>
        <source>Son nom apparaît peut-être encore dans {n} {n|texte libre|textes libres} (idées, remarques) : relisez-les.</source>
        <translation>Their name may still appear in {n} free {n|text|texts} (ideas, remarks): check them.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="237"/>
        <source>Personne effacée</source>
        <translation>Person erased</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="243"/>
        <source>Supprimer des contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="244"/>
        <source>Supprimer les courriels et téléphones de {n} {n|personne|personnes}, ici et dans les sauvegardes ? Cela ne peut pas être annulé.</source>
        <translation>Delete the emails and phone numbers of {n} {n|person|people}, here and in the backups? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="247"/>
        <source>Supprimer les contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="259"/>
        <source>Contacts supprimés</source>
        <translation>Contacts deleted</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="260"/>
        <source>Contacts supprimés pour {n} {n|personne|personnes}.</source>
        <translation>Contacts deleted for {n} {n|person|people}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="274"/>
        <source>Impossible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="282"/>
        <source>donnees-{name}.txt</source>
        <translation>data-{name}.txt</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="284"/>
        <source>Exporter les données</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location filename="../../ui/people/privacy_dialog.py" line="285"/>
        <source>Texte (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../ui/projector/view.py" line="95"/>
        <source>Tour {n} / {count}</source>
        <translation>Round {n} / {count}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="105"/>
        <source>Vers le tour {n} / {count}</source>
        <translation>Going to round {n} / {count}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="106"/>
        <source>Qui va où ?</source>
        <translation>Who goes where?</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="127"/>
        <source>Sans thème</source>
        <translation>No theme</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="128"/>
        <source>Programmation {year}</source>
        <translation>{year} plan</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="130"/>
        <source>Bilan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="152"/>
        <source>Temps écoulé</source>
        <translation>Time&apos;s up</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="155"/>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="158"/>
        <source>Bientôt fini : plus que {n} min</source>
        <translation>Nearly done: {n} min left</translation>
    </message>
    <message>
        <location filename="../../ui/projector/view.py" line="163"/>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector/window.py" line="31"/>
        <location filename="../../ui/projector/window.py" line="32"/>
        <source>Projecteur</source>
        <translation>Projector</translation>
    </message>
</context>
<context>
    <name>ResultsProjector</name>
    <message>
        <location filename="../../ui/projector/results.py" line="68"/>
        <source>Les thèmes retenus</source>
        <translation>The themes kept</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="70"/>
        <source>Les actions retenues</source>
        <translation>The actions kept</translation>
    </message>
    <message>
        <location filename="../../ui/projector/results.py" line="70"/>
        <source>Les projets lauréats</source>
        <translation>The winning projects</translation>
    </message>
</context>
<context>
    <name>RoomsActions</name>
    <message>
        <location filename="../../ui/rooms_actions.py" line="46"/>
        <source>&amp;Fusionner des salles…</source>
        <translation>&amp;Merge rooms…</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_actions.py" line="48"/>
        <source>Rassembler dans cet atelier les fichiers des salles d&apos;un grand événement</source>
        <translation>Gather into this workshop the files of a large event&apos;s rooms</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_actions.py" line="52"/>
        <source>Fichiers des salles à fusionner</source>
        <translation>Rooms&apos; files to merge</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_actions.py" line="53"/>
        <source>Ateliers (*.cafe *.json)</source>
        <translation>Workshops (*.cafe *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_actions.py" line="71"/>
        <source>Fusionner {n} {n|salle|salles}</source>
        <translation>Merge {n} {n|room|rooms}</translation>
    </message>
    <message>
        <location filename="../../ui/rooms_actions.py" line="75"/>
        <source>Fusion impossible</source>
        <translation>Cannot merge</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="183"/>
        <location filename="../../ui/pages/rooms_page.py" line="184"/>
        <source>l&apos;événement</source>
        <translation>the event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="209"/>
        <source>Retirer une salle</source>
        <translation>Take out a room</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="122"/>
        <source>Salles d&apos;un grand événement</source>
        <translation>A large event&apos;s rooms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="123"/>
        <source>&amp;Salles</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="124"/>
        <source>&amp;Vue d&apos;ensemble</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="125"/>
        <source>Vo&amp;te</source>
        <translation>Vo&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="127"/>
        <source>Chaque salle a son ordinateur et son fichier d&apos;atelier. Fusionnez-les ici : chaque salle apporte ses participant·es, ses groupes, ses idées, ses projets et ses comptes de gommettes. Fusionner à nouveau une salle remplace ce qu&apos;elle avait apporté ; les fichiers des salles ne sont jamais modifiés.</source>
        <translation>Each room has its laptop and its workshop file. Merge them here: each room brings its participants, groups, ideas, projects and dot counts. Merging a room again replaces what it brought before; the rooms&apos; files are never changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="131"/>
        <source>&amp;Retirer la salle</source>
        <translation>&amp;Take out the room</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="133"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="133"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="133"/>
        <source>Participant·es</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="133"/>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="134"/>
        <source>Idées</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="135"/>
        <source>Salles fusionnées</source>
        <translation>Merged rooms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="136"/>
        <source>Ce que la dernière fusion a apporté :</source>
        <translation>What the last merge brought:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="137"/>
        <source>Aucune fusion depuis l&apos;ouverture.</source>
        <translation>No merge since the file was opened.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="139"/>
        <source>Même nom dans deux salles (peut-être la même personne ; rien n&apos;est fusionné) :</source>
        <translation>Same name in two rooms (perhaps the same person; nothing is merged):</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>oui</source>
        <extracomment>the roles a cell may answer (subclasses&apos; extra_data included); others: None at once sections of the workshop the rows show the section the rows are items of (their ids are this section&apos;s ids)</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/models/room_tally_model.py" line="116"/>
        <source>Projet : {title}</source>
        <extracomment>a change of these moves rows (so do rooms coming or going); counts keep them</extracomment>
        <translation>Project: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/models/room_tally_model.py" line="136"/>
        <source>Saisir le compte d&apos;une salle</source>
        <translation>Enter a room&apos;s count</translation>
    </message>
    <message>
        <location filename="../../ui/models/room_tally_model.py" line="65"/>
        <source>Projet ou idée</source>
        <translation>Project or idea</translation>
    </message>
    <message>
        <location filename="../../ui/models/room_tally_model.py" line="66"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/models/room_tally_model.py" line="67"/>
        <source>Venu de</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/models/room_tally_model.py" line="68"/>
        <source>Compte de la salle</source>
        <translation>Room&apos;s count</translation>
    </message>
    <message>
        <location filename="../../ui/models/room_tally_model.py" line="69"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="133"/>
        <source>Groupes</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_page.py" line="134"/>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
</context>
<context>
    <name>RoomsVoteTab</name>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="211"/>
        <source>{room} : « {idea} » compté {counts}</source>
        <translation>{room}: “{idea}” counted {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="214"/>
        <source> puis </source>
        <translation> then </translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="221"/>
        <source>Garder {n}</source>
        <translation>Keep {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="222"/>
        <source>Additionner ({n})</source>
        <translation>Add them up ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="235"/>
        <source>Les projets lauréats ({n} {n|place|places})</source>
        <translation>The winning projects ({n} {n|place|places})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="238"/>
        <source>Les actions retenues ({themes} {themes|thème|thèmes} × {actions} {actions|action|actions})</source>
        <translation>The actions kept ({themes} {themes|theme|themes} × {actions} {actions|action|actions})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="241"/>
        <source>pas encore définitif</source>
        <translation>not final yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="245"/>
        <source>{rank}. {text} — {dots} {dots|gommette|gommettes} ({theme})</source>
        <translation>{rank}. {text} — {dots} {dots|dot|dots} ({theme})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="255"/>
        <source>Changer la règle du vote</source>
        <translation>Change the voting rule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="260"/>
        <source>Garder un compte</source>
        <translation>Keep one count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="271"/>
        <source>Dossier de la restitution de l&apos;événement</source>
        <translation>Folder for the event&apos;s report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="284"/>
        <source>Impossible d&apos;écrire les documents : {reason}. Choisissez un autre dossier ; l&apos;événement n&apos;a pas changé.</source>
        <translation>Cannot write the documents: {reason}. Choose another folder; the event has not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="288"/>
        <source>Écriture des documents de l&apos;événement…</source>
        <translation>Writing the event&apos;s documents…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="292"/>
        <source>Écrits : {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="149"/>
        <source>&amp;Règle :</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="150"/>
        <source>thèmes retenus × actions par thème</source>
        <translation>themes kept × actions per theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="151"/>
        <source>les projets lauréats</source>
        <translation>the winning projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="152"/>
        <source>&amp;Nombre de lauréats :</source>
        <translation>&amp;Number of winners:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="153"/>
        <source>Comptes de la &amp;salle :</source>
        <translation>Counts of the &amp;room:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="154"/>
        <source>Comptes de gommettes de la salle</source>
        <translation>The room&apos;s dot counts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="155"/>
        <source>Comptés deux fois par une même salle</source>
        <translation>Counted twice by one room</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="156"/>
        <source>&amp;Projeter les résultats</source>
        <translation>&amp;Project the results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="157"/>
        <source>Écrire la restitution et les &amp;fiches des salles…</source>
        <translation>Write the report and the rooms&apos; &amp;handouts…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rooms_vote.py" line="158"/>
        <source>Résultat du vote</source>
        <translation>Result of the vote</translation>
    </message>
</context>
<context>
    <name>RotationGrid</name>
    <message>
        <location filename="../../ui/rotation/grid.py" line="247"/>
        <source>capitaine</source>
        <translation>table host</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/grid.py" line="257"/>
        <source>absent·e (pas pointé·e)</source>
        <translation>absent (not checked in)</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/grid.py" line="262"/>
        <source>Tour {round}, {table} : {count} {count|personne|personnes}</source>
        <translation>Round {round}, {table}: {count} {count|person|people}</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/grid.py" line="277"/>
        <source>(joué, verrouillé)</source>
        <translation>(played, locked)</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/grid.py" line="40"/>
        <source>a besoin d&apos;une table accessible</source>
        <translation>needs an accessible table</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/grid.py" line="41"/>
        <source>revient à une table déjà vue</source>
        <translation>comes back to a table already visited</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/grid.py" line="42"/>
        <source>revoit un thème déjà discuté</source>
        <translation>sees a theme already discussed</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/grid.py" line="275"/>
        <source>Tour {n}</source>
        <translation>Round {n}</translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="141"/>
        <source>Le tour {n} est terminé : le verrouiller comme joué ? Un nouveau calcul gardera alors les tours joués tels qu&apos;ils ont eu lieu.</source>
        <translation>Round {n} is over: lock it as played? A new computation will then keep the rounds played as they took place.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="147"/>
        <source>Verrouiller les tours joués : {n}</source>
        <translation>Lock the rounds played: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="159"/>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="160"/>
        <source>&amp;Nombre de tours :</source>
        <translation>&amp;Number of rounds:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="161"/>
        <source>&amp;Durée d&apos;un tour :</source>
        <translation>Round &amp;length:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="162"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="163"/>
        <source>Tours déjà &amp;joués (verrouillés) :</source>
        <translation>Rounds already pl&amp;ayed (locked):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="164"/>
        <source>Nombre de tours</source>
        <translation>Number of rounds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="165"/>
        <source>Durée d&apos;un tour en minutes</source>
        <translation>Length of a round in minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="166"/>
        <source>Nombre de tours déjà joués, verrouillés</source>
        <translation>Number of rounds already played, locked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="167"/>
        <source>P&amp;riorité :</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="168"/>
        <source>thèmes d&apos;abord</source>
        <translation>themes first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="169"/>
        <source>personnes d&apos;abord</source>
        <translation>people first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="170"/>
        <source>Priorité du plan de table</source>
        <translation>Seating plan priority</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="172"/>
        <source>Thèmes d&apos;abord : chacun·e voit le plus de thèmes possible, puis le moins de rencontres répétées. Personnes d&apos;abord : le moins de rencontres répétées, puis le plus de thèmes possible.</source>
        <translation>Themes first: everyone sees as many themes as possible, then the fewest repeated meetings. People first: the fewest repeated meetings, then as many themes as possible.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="175"/>
        <source>Seulement les personnes pointées &amp;présentes</source>
        <translation>Only people marked &amp;present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="176"/>
        <source>&amp;Générer</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="178"/>
        <source>Calcule le plan de table des tours non joués ; les tours joués ne changent pas.</source>
        <translation>Computes the seating plan of the rounds not yet played; played rounds do not change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="179"/>
        <source>Arrêter le &amp;calcul</source>
        <translation>Stop the &amp;computation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="180"/>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="181"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="182"/>
        <source>Avancement du calcul</source>
        <translation>Computation progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="183"/>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="184"/>
        <source>Plan de table : tours et tables</source>
        <translation>Seating plan: rounds and tables</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="186"/>
        <source>Glissez un nom sur une autre table pour déplacer la personne, ou sur un autre nom pour les échanger. Au clavier : Ctrl+Gauche / Ctrl+Droite. ★ capitaine, ⚠ à vérifier (survolez le nom).</source>
        <translation>Drag a name onto another table to move the person, or onto another name to swap them. Keyboard: Ctrl+Left / Ctrl+Right. ★ table host, ⚠ to check (hover over the name).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="219"/>
        <source>Pas encore de plan de table : réglez le nombre de tours puis cliquez sur « Générer ».</source>
        <translation>No seating plan yet: set the number of rounds, then click “Generate”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="241"/>
        <source>Nombre de tours : {n}</source>
        <translation>Number of rounds: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="246"/>
        <source>Durée d&apos;un tour : {n} min</source>
        <translation>Round length: {n} min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="254"/>
        <source>Priorité : {choice}</source>
        <translation>Priority: {choice}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="258"/>
        <source>Tours joués : {n}</source>
        <translation>Rounds played: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="313"/>
        <source>Générer le plan de table</source>
        <translation>Generate the seating plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="321"/>
        <source>Calcul arrêté : le plan de table n&apos;a pas changé.</source>
        <translation>Computation stopped: the seating plan has not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="329"/>
        <source>Échanger « {a} » et « {b} » (tour {n})</source>
        <translation>Swap “{a}” and “{b}” (round {n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/rotation_page.py" line="334"/>
        <source>Déplacer « {a} » vers « {table} » (tour {n})</source>
        <translation>Move “{a}” to “{table}” (round {n})</translation>
    </message>
</context>
<context>
    <name>RotationSummary</name>
    <message>
        <location filename="../../ui/rotation/summary.py" line="35"/>
        <source>Personne ne retrouve deux fois la même personne.</source>
        <translation>Nobody meets the same person twice.</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="37"/>
        <source>{pairs} {pairs|paire|paires} de personnes se retrouvent plus d&apos;une fois (au plus {most} fois ensemble).</source>
        <translation>{pairs} {pairs|pair|pairs} of people meet more than once (at most {most} times together).</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="40"/>
        <source>Chaque personne qui change de table voit au moins {seen} {seen|thème|thèmes} sur {themes}.</source>
        <translation>Everyone who changes tables sees at least {seen} of the {themes} {themes|theme|themes}.</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="42"/>
        <source>Retours à une table déjà vue : {tables} ; à un thème déjà discuté : {themes}.</source>
        <translation>Returns to a table already visited: {tables}; to a theme already discussed: {themes}.</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="50"/>
        <source>Toutes les priorités sont à leur meilleur possible : aucun plan de table ne fait mieux dans cette salle.</source>
        <translation>Every priority is at its best possible: no seating plan does better in this room.</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="64"/>
        <source>… et {n} {n|autre|autres}.</source>
        <translation>… and {n} {n|other|others}.</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="67"/>
        <source>Règles non respectées :</source>
        <translation>Rules not met:</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="72"/>
        <source>les règles (capitaines et personnes fixées, accessibilité, groupes, séparations, organisations)</source>
        <translation>the rules (hosts and fixed people, accessibility, groups, separations, organisations)</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="74"/>
        <source>personne ne revient à la table d&apos;un·e capitaine</source>
        <translation>nobody returns to a host&apos;s table</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="75"/>
        <source>chacun·e voit le plus de thèmes possible</source>
        <translation>everyone sees as many themes as possible</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="76"/>
        <source>personne ne retrouve trop souvent la même personne, puis le moins de rencontres répétées</source>
        <translation>nobody meets the same person too often, then the fewest repeated meetings</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="79"/>
        <source>Priorités, dans l&apos;ordre : {rules} ; {hosts} ; {first} ; puis {second} ; enfin le mélange des catégories.</source>
        <translation>Priorities, in order: {rules}; {hosts}; {first}; then {second}; last, mixing the categories.</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="87"/>
        <source>Retours à la table d&apos;un·e capitaine : {value} (au mieux {bound}).</source>
        <translation>Returns to a host&apos;s table: {value} (at best {bound}).</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="92"/>
        <source>Retours à un thème déjà discuté : {value} (au mieux {bound}) ; la personne qui en voit le moins voit {seen} {seen|thème|thèmes} (au mieux {most}).</source>
        <translation>Returns to a theme already discussed: {value} (at best {bound}); the person who sees the fewest sees {seen} {seen|theme|themes} (at best {most}).</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="99"/>
        <source>Une même paire se retrouve au plus {value} fois (au mieux {bound}).</source>
        <translation>A pair meets at most {value} times (at best {bound}).</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="117"/>
        <source>Rencontres répétées (score) : {score} ; minimum possible : {bound}</source>
        <translation>Repeated meetings (score): {score}; lowest possible: {bound}</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="120"/>
        <source>pas atteint (écart de {gap}).</source>
        <translation>not reached (gap of {gap}).</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="123"/>
        <source>atteint, mais des règles ne sont pas respectées.</source>
        <translation>reached, but some rules are broken.</translation>
    </message>
    <message>
        <location filename="../../ui/rotation/summary.py" line="125"/>
        <source>atteint : on ne peut pas faire mieux.</source>
        <translation>reached: it can&apos;t be done better.</translation>
    </message>
</context>
<context>
    <name>RotationWorker</name>
    <message>
        <location filename="../../ui/rotation/worker.py" line="49"/>
        <source>Le calcul du plan de table a échoué ({detail}).</source>
        <translation>The seating plan computation failed ({detail}).</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../ui/services.py" line="77"/>
        <source>Quitter pendant le tour ?</source>
        <extracomment>a line for the status bar and how long it stays (ms) a page the facilitator should now see (its key, e.g. ``&quot;participants&quot;``)</extracomment>
        <translation>Quit during the round?</translation>
    </message>
    <message>
        <location filename="../../ui/services.py" line="78"/>
        <source>Le minuteur tourne encore ({left} restantes). Quitter Café Conversation maintenant ? Le minuteur reprendra où il en est à la réouverture.</source>
        <translation>The timer is still running ({left} left). Quit Café Conversation now? The timer will go on where it is when you open it again.</translation>
    </message>
</context>
<context>
    <name>ShowActions</name>
    <message>
        <location filename="../../ui/show/actions.py" line="95"/>
        <source>Automatique (second écran)</source>
        <translation>Automatic (second screen)</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="73"/>
        <source>&amp;Projecteur</source>
        <translation>P&amp;rojector</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="74"/>
        <source>&amp;Ouvrir le projecteur</source>
        <translation>&amp;Open projector</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="75"/>
        <source>&amp;Fermer le projecteur</source>
        <translation>&amp;Close projector</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="76"/>
        <source>&amp;Écran du projecteur</source>
        <translation>Projector &amp;screen</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="77"/>
        <source>Démarrer / pause</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="77"/>
        <source>Étape suivante</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="78"/>
        <source>Étape précédente</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="79"/>
        <source>Une minute de plus</source>
        <translation>One more minute</translation>
    </message>
    <message>
        <location filename="../../ui/show/actions.py" line="80"/>
        <source>Une minute de moins</source>
        <translation>One minute less</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="91"/>
        <source>Site de suivi (derrière les QR codes)</source>
        <translation>Follow-up site (behind the QR codes)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="92"/>
        <source>Dossier du si&amp;te :</source>
        <translation>Si&amp;te folder:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="93"/>
        <source>Dossier où écrire le site de suivi</source>
        <translation>Folder where the follow-up site is written</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="94"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="95"/>
        <source>É&amp;crire le site</source>
        <translation>W&amp;rite the site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="96"/>
        <source>&amp;Voir le site</source>
        <translation>&amp;View the site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="98"/>
        <source>Le site est public : un·e référent·e n&apos;y est nommé·e qu&apos;avec son accord, sinon par son rôle.</source>
        <translation>The site is public: a lead is named there only with their agreement, otherwise by their role.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="101"/>
        <source>Référent·e</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="101"/>
        <source>Rôle (facultatif)</source>
        <translation>Role (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="101"/>
        <source>Accepte d&apos;être nommé·e</source>
        <translation>Agrees to be named</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="102"/>
        <source>Ce que le site affiche</source>
        <translation>What the site shows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="103"/>
        <source>Référents sur le site de suivi</source>
        <translation>Leads on the follow-up site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="122"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="123"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="146"/>
        <source>Rôle de « {} » sur le site</source>
        <translation>Role of “{}” on the site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="150"/>
        <source>Nommer « {} » sur le site</source>
        <translation>Name “{}” on the site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="151"/>
        <source>Ne plus nommer « {} » sur le site</source>
        <translation>Stop naming “{}” on the site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="156"/>
        <source>Dossier du site</source>
        <translation>Site folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="175"/>
        <source>Écriture du site…</source>
        <translation>Writing the site…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/site_panel.py" line="185"/>
        <source>{pages} {pages|page|pages} écrites dans {folder}.</source>
        <translation>{pages} {pages|page|pages} written in {folder}.</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <location filename="../../ui/models/statuses.py" line="15"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/models/statuses.py" line="16"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../ui/models/statuses.py" line="17"/>
        <source>réalisée</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/models/statuses.py" line="18"/>
        <source>reportée</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../ui/models/statuses.py" line="19"/>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location filename="../../ui/models/tables_model.py" line="63"/>
        <location filename="../../ui/models/tables_model.py" line="92"/>
        <source>(aucun thème)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="66"/>
        <location filename="../../ui/models/tables_model.py" line="97"/>
        <source>(aucun·e)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="80"/>
        <source>Nommer « {person} » capitaine de « {table} »</source>
        <translation>Make “{person}” table host of “{table}”</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="82"/>
        <source>Retirer le capitaine de « {table} »</source>
        <translation>Remove the table host of “{table}”</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="86"/>
        <source>Modifier la table « {table} »</source>
        <translation>Edit table “{table}”</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="101"/>
        <source>{name} (capitaine de « {table} »)</source>
        <translation>{name} (table host of “{table}”)</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>oui</source>
        <extracomment>the roles a cell may answer (subclasses&apos; extra_data included); others: None at once sections of the workshop the rows show the section the rows are items of (their ids are this section&apos;s ids)</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="45"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="46"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="47"/>
        <source>Capitaine</source>
        <translation>Table host</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="48"/>
        <source>Places</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="49"/>
        <source>Accessible (fauteuil)</source>
        <translation>Accessible (wheelchair)</translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="117"/>
        <source>Tables et thèmes</source>
        <translation>Tables and themes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="118"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="119"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="120"/>
        <source>Liste des thèmes</source>
        <translation>List of themes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="121"/>
        <source>Liste des tables</source>
        <translation>List of tables</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="122"/>
        <source>Ajouter un &amp;thème</source>
        <translation>Add a &amp;theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="123"/>
        <source>&amp;Couleur du thème…</source>
        <translation>Theme &amp;colour…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="124"/>
        <source>Supprimer le t&amp;hème</source>
        <translation>Delete t&amp;heme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="125"/>
        <source>Ajouter une ta&amp;ble</source>
        <translation>Add a ta&amp;ble</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="126"/>
        <source>Supprimer la tab&amp;le</source>
        <translation>De&amp;lete table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="139"/>
        <source>{tables} {tables|table|tables}, {seats} {seats|place|places} pour {people} {people|personne|personnes}.</source>
        <translation>{tables} {tables|table|tables}, {seats} {seats|seat|seats} for {people} {people|person|people}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="142"/>
        <source>Il manque {n} {n|place|places}.</source>
        <translation>{n} {n|seat|seats} short.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="145"/>
        <source>Sans capitaine : {names}.</source>
        <translation>No table host: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="179"/>
        <source>Nouveau thème</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="180"/>
        <source>Ajouter un thème</source>
        <translation>Add a theme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="187"/>
        <location filename="../../ui/pages/tables_page.py" line="200"/>
        <source>Choisissez d&apos;abord un thème dans la liste.</source>
        <translation>First choose a theme in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="191"/>
        <source>Couleur du thème « {title} »</source>
        <translation>Colour of theme “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="203"/>
        <source>Supprimer le thème « {title} »</source>
        <translation>Delete theme “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="208"/>
        <source>Ajouter une table</source>
        <translation>Add a table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="215"/>
        <source>Choisissez d&apos;abord une table dans la liste.</source>
        <translation>First choose a table in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/tables_page.py" line="218"/>
        <source>Supprimer la table « {name} »</source>
        <translation>Delete table “{name}”</translation>
    </message>
</context>
<context>
    <name>ThemesModel</name>
    <message>
        <location filename="../../ui/models/tables_model.py" line="36"/>
        <source>Modifier le thème « {title} »</source>
        <translation>Edit theme “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>oui</source>
        <extracomment>the roles a cell may answer (subclasses&apos; extra_data included); others: None at once sections of the workshop the rows show the section the rows are items of (their ids are this section&apos;s ids)</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="21"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="22"/>
        <source>Question posée à la table</source>
        <translation>Question asked at the table</translation>
    </message>
    <message>
        <location filename="../../ui/models/tables_model.py" line="23"/>
        <source>Couleur</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>TieBox</name>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="46"/>
        <source>Égalité à la limite des thèmes retenus</source>
        <translation>Tie at the cut-off for kept themes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="48"/>
        <source>Égalité à la limite des projets lauréats</source>
        <translation>Tie at the cut-off of the winning projects</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="50"/>
        <source>Égalité à la limite des actions du thème « {theme} »</source>
        <translation>Tie at the cut-off for actions of theme “{theme}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="55"/>
        <source>{count} ex æquo à {dots} {dots|gommette|gommettes} pour {places} {places|place|places} :</source>
        <translation>{count} tied on {dots} {dots|dot|dots} for {places} {places|place|places}:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="67"/>
        <source>Départagé par un second vote ({detail}).</source>
        <translation>Settled by a second vote ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="69"/>
        <source>Départagé par une décision.</source>
        <translation>Settled by a decision.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="71"/>
        <source>Retenu : {kept}.</source>
        <translation>Kept: {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="73"/>
        <source>Raison : {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="77"/>
        <source>Rouvrir cette égalité</source>
        <translation>Reopen this tie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="86"/>
        <source>Second vote</source>
        <translation>Second vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="87"/>
        <source>ou décision</source>
        <translation>or decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="93"/>
        <source>Gommettes du second vote pour « {idea} »</source>
        <translation>Second-vote dots for “{idea}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="95"/>
        <source>retenir</source>
        <translation>keep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="96"/>
        <source>Retenir « {idea} »</source>
        <translation>Keep “{idea}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="103"/>
        <source>Valider le &amp;second vote</source>
        <translation>Confirm the &amp;second vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="106"/>
        <source>raison de la décision (elle figurera au compte rendu)</source>
        <translation>reason for the decision (it will appear in the report)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="107"/>
        <source>Raison de la décision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="108"/>
        <source>Enregistrer la &amp;décision</source>
        <translation>Record the &amp;decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="126"/>
        <source>Départager par un second vote</source>
        <translation>Settle by a second vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="132"/>
        <source>Départager par une décision</source>
        <translation>Settle by a decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="137"/>
        <source>Rouvrir une égalité</source>
        <translation>Reopen a tie</translation>
    </message>
</context>
<context>
    <name>TiesPanel</name>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="164"/>
        <source>Aucune égalité à la limite : le classement suffit.</source>
        <translation>No tie at the cut-off: the ranking is enough.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="167"/>
        <source>&lt;b&gt;{n} {n|égalité|égalités} à départager&lt;/b&gt; : rien n&apos;est tranché sans vous.</source>
        <translation>&lt;b&gt;{n} {n|tie|ties} to settle&lt;/b&gt;: nothing is decided without you.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_ties.py" line="170"/>
        <source>Toutes les égalités sont départagées.</source>
        <translation>All ties are settled.</translation>
    </message>
</context>
<context>
    <name>TransitionScreen</name>
    <message>
        <location filename="../../ui/projector/screens.py" line="264"/>
        <source>page {n} / {count}</source>
        <translation>page {n} / {count}</translation>
    </message>
</context>
<context>
    <name>VotesPage</name>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="190"/>
        <source>Votes aux gommettes</source>
        <translation>Dot votes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="191"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="191"/>
        <source>Saisie des gommettes</source>
        <translation>Dot entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="192"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="194"/>
        <source>&amp;Gommettes par personne :</source>
        <translation>&amp;Dots per person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="194"/>
        <source>&amp;Thèmes retenus :</source>
        <translation>&amp;Themes kept:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="195"/>
        <source>&amp;Actions par thème :</source>
        <translation>&amp;Actions per theme:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="195"/>
        <source>Plusieurs gommettes sur une &amp;idée :</source>
        <translation>Several dots on one &amp;idea:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="196"/>
        <source>&amp;Mode de saisie :</source>
        <translation>Entry &amp;mode:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="196"/>
        <source>Vote en &amp;deux temps :</source>
        <translation>T&amp;wo-stage vote:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="202"/>
        <source>permis</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="203"/>
        <source>d&apos;abord les thèmes, puis les actions des thèmes retenus</source>
        <translation>themes first, then actions of the kept themes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="204"/>
        <source>comptage des affiches (papier)</source>
        <translation>count on the posters (paper)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="205"/>
        <source>gommettes de chaque personne (individuel)</source>
        <translation>each person&apos;s dots (individual)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="206"/>
        <source>Étap&amp;e :</source>
        <translation>Sta&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="207"/>
        <source>1. vote des thèmes</source>
        <translation>1. theme vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="208"/>
        <source>2. vote des actions</source>
        <translation>2. action vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="209"/>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="210"/>
        <source>Personne dont on saisit les gommettes</source>
        <translation>Person whose dots are being entered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="211"/>
        <source>Étape du vote en deux temps</source>
        <translation>Stage of the two-stage vote</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="212"/>
        <source>Gommettes par idée ; tapez un nombre puis Entrée</source>
        <translation>Dots per idea; type a number, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="215"/>
        <source>Classement des thèmes et des idées</source>
        <translation>Ranking of themes and ideas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="216"/>
        <source>Projeter les &amp;résultats</source>
        <translation>Project the &amp;results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="217"/>
        <source>Révéler la &amp;suite</source>
        <translation>Reveal &amp;next</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="218"/>
        <source>Montre la ligne suivante des résultats projetés</source>
        <translation>Shows the next line of the projected results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="278"/>
        <source>{cast} {cast|gommette|gommettes} saisies sur {available} possibles ({people} {people|personne|personnes} × {dots}).</source>
        <translation>{cast} {cast|dot|dots} entered out of {available} possible ({people} {people|person|people} × {dots}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="284"/>
        <source>reste {n} {n|gommette|gommettes}</source>
        <translation>{n} {n|dot|dots} left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="295"/>
        <source>Créer les {n} {n|action|actions}</source>
        <translation>Create the {n} {n|action|actions}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="298"/>
        <source>{n} {n|action|actions} issues du vote dans la programmation.</source>
        <translation>{n} {n|action|actions} from the vote in the annual action plan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="314"/>
        <source>Changer les réglages du vote</source>
        <translation>Change the vote settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/votes_page.py" line="319"/>
        <source>Créer les actions du vote</source>
        <translation>Create the actions from the vote</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>oui</source>
        <extracomment>the roles a cell may answer (subclasses&apos; extra_data included); others: None at once sections of the workshop the rows show the section the rows are items of (their ids are this section&apos;s ids)</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/table_model.py" line="160"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="161"/>
        <source>✔ retenu</source>
        <translation>✔ kept</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="163"/>
        <source>égalité</source>
        <translation>tie</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="164"/>
        <source>départagé : non retenu</source>
        <translation>tie settled: not kept</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="126"/>
        <source>Saisir des gommettes</source>
        <translation>Enter dots</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="67"/>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="68"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="69"/>
        <source>Gommettes</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="139"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="139"/>
        <source>Thème / idée</source>
        <translation>Theme / idea</translation>
    </message>
    <message>
        <location filename="../../ui/models/votes_model.py" line="140"/>
        <source>Retenu</source>
        <translation>Kept</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="55"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="57"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="58"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="59"/>
        <source>&amp;Lieu (résidence) :</source>
        <translation>&amp;Place (residence):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="60"/>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="61"/>
        <source>A&amp;nimation :</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="62"/>
        <source>&amp;Année de la programmation :</source>
        <translation>Action plan &amp;year:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="67"/>
        <source>Titre de l&apos;atelier</source>
        <translation>Workshop title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="68"/>
        <source>Lieu ou résidence</source>
        <translation>Place or residence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="69"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="70"/>
        <source>Personne qui anime</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="74"/>
        <source>salle, adresse de la résidence</source>
        <translation>room, address of the residence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="75"/>
        <source>Date de l&apos;atelier</source>
        <translation>Workshop date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="76"/>
        <source>jj/mm/aaaa — non fixée</source>
        <translation>dd/mm/yyyy — not set</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="77"/>
        <source>Choisir la date dans un calendrier</source>
        <translation>Pick the date in a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="79"/>
        <source>Année couverte par la programmation annuelle</source>
        <translation>Year covered by the annual action plan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="105"/>
        <source>Modifier « {label} »</source>
        <translation>Edit “{label}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="123"/>
        <source>Modifier la date</source>
        <translation>Edit the date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/workshop_page.py" line="132"/>
        <source>Modifier l&apos;année de la programmation</source>
        <translation>Edit the action plan year</translation>
    </message>
</context>
</TS>
