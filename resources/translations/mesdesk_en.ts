<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionPage</name>
    <message>
        <source>Intitulé de l&apos;action</source>
        <translation>Action title</translation>
    </message>
    <message>
        <source>É&amp;tat :</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source> mots</source>
        <translation> words</translation>
    </message>
    <message>
        <source>&amp;Objectif de longueur :</source>
        <translation>Length &amp;target:</translation>
    </message>
    <message>
        <source>Texte repris du bilan précédent : à mettre à jour.</source>
        <translation>Text carried over from last year&apos;s report: bring it up to date.</translation>
    </message>
    <message>
        <source>&amp;Marquer comme mis à jour</source>
        <translation>&amp;Mark as updated</translation>
    </message>
    <message>
        <source>&amp;Ajouter un indicateur</source>
        <translation>&amp;Add an indicator</translation>
    </message>
    <message>
        <source>&amp;Ajouter un événement</source>
        <translation>&amp;Add an event</translation>
    </message>
    <message>
        <source>É&amp;valuation</source>
        <translation>E&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Récit</source>
        <translation>&amp;Narrative</translation>
    </message>
    <message>
        <source>Mo&amp;yens</source>
        <translation>Mea&amp;ns</translation>
    </message>
    <message>
        <source>&amp;Indicateurs (%1)</source>
        <translation>&amp;Indicators (%1)</translation>
    </message>
    <message>
        <source>&amp;Partenaires et instances (%1)</source>
        <translation>&amp;Partners and bodies (%1)</translation>
    </message>
    <message>
        <source>%1 mots sur %2</source>
        <translation>%1 words of %2</translation>
    </message>
    <message>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <source>Renommer l&apos;action</source>
        <translation>Rename the action</translation>
    </message>
    <message>
        <source>Changer l&apos;état</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <source>Changer l&apos;objectif de longueur</source>
        <translation>Change the length target</translation>
    </message>
    <message>
        <source>Marquer comme mis à jour</source>
        <translation>Mark as updated</translation>
    </message>
    <message>
        <source>Nouvel indicateur</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Ajouter un indicateur</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <source>Supprimer l&apos;indicateur</source>
        <translation>Delete the indicator</translation>
    </message>
    <message>
        <source>Indicateur « %1 » supprimé — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Indicator “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Déplacer l&apos;indicateur</source>
        <translation>Move the indicator</translation>
    </message>
    <message>
        <source>Nouvel événement</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Ajouter un événement</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <source>Supprimer l&apos;événement</source>
        <translation>Delete the event</translation>
    </message>
    <message>
        <source>Événement « %1 » supprimé — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Event “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Déplacer l&apos;événement</source>
        <translation>Move the event</translation>
    </message>
    <message>
        <source>Te&amp;xte</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Évé&amp;nements (%1)</source>
        <translation>Even&amp;ts (%1)</translation>
    </message>
</context>
<context>
    <name>AppCommands</name>
    <message>
        <source>À propos de MES Desk</source>
        <translation>About MES Desk</translation>
    </message>
    <message>
        <source>MES Desk %1 — rédiger le bilan annuel d&apos;une convention et l&apos;exporter en Word et Excel.</source>
        <translation>MES Desk %1 — write the annual report of a funding agreement and export it to Word and Excel.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Le journal est ici : %1</source>
        <translation>The log is here: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Pas encore validé</source>
        <translation>Not approved yet</translation>
    </message>
    <message>
        <source>Validé par %1 le %2</source>
        <translation>Approved by %1 on %2</translation>
    </message>
    <message>
        <source>À revoir depuis la modification du %1 (validé par %2 le %3)</source>
        <translation>To review since the change of %1 (approved by %2 on %3)</translation>
    </message>
    <message>
        <source>Valider cette section</source>
        <translation>Approve this section</translation>
    </message>
    <message>
        <source>Note que la section est validée, par vous, aujourd&apos;hui ; une modification de son texte la remet « à revoir »</source>
        <translation>Records that you approve the section today; any change to its text sets it back to “to review”</translation>
    </message>
    <message>
        <source>Comparer avec l&apos;an dernier</source>
        <translation>Compare with last year</translation>
    </message>
    <message>
        <source>Valider la section</source>
        <translation>Approve the section</translation>
    </message>
</context>
<context>
    <name>BodiesModel</name>
    <message>
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Rôle du MES</source>
        <translation>MES&apos;s role</translation>
    </message>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Renommer l&apos;instance</source>
        <translation>Rename the body</translation>
    </message>
    <message>
        <source>Changer le rôle du MES</source>
        <translation>Change MES&apos;s role</translation>
    </message>
    <message>
        <source>Changer le partenaire de l&apos;instance</source>
        <translation>Change the body&apos;s partner</translation>
    </message>
    <message>
        <source>Associer une instance</source>
        <translation>Link a body</translation>
    </message>
</context>
<context>
    <name>CarryOverPanel</name>
    <message>
        <source>Reprise de l&apos;année précédente</source>
        <translation>Carried over from last year</translation>
    </message>
    <message>
        <source>Chiffres à actualiser</source>
        <translation>Figures to update</translation>
    </message>
    <message>
        <source>Remplacé par la valeur de l&apos;année du bilan : à saisir dans les indicateurs</source>
        <translation>Replaced by the value of the report&apos;s year: enter it in the indicators</translation>
    </message>
    <message>
        <source>Dans une note ou un lien : à corriger à la main</source>
        <translation>In a note or a link: correct it by hand</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à revoir avant l&apos;envoi :</source>
        <translation>
            <numerusform>%n point to review before sending:</numerusform>
            <numerusform>%n points to review before sending:</numerusform>
        </translation>
    </message>
    <message>
        <source>Le bilan est complet : rien à signaler.</source>
        <translation>The report is complete: nothing to report.</translation>
    </message>
    <message numerus="yes">
        <source>Orthographe : %n section(s) avec des mots à vérifier</source>
        <translation>
            <numerusform>Spelling: %n section with words to check</numerusform>
            <numerusform>Spelling: %n sections with words to check</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation :</source>
        <translation>Approval:</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Texte collé : les suites de plus de %1 caractères sans espace ont été coupées par des espaces.</source>
        <translation>Pasted text: runs of more than %1 characters without a space were split with spaces.</translation>
    </message>
    <message>
        <source>Texte collé trop long : seuls ses %1 premiers caractères ont été gardés (limite d&apos;un texte).</source>
        <translation>Pasted text too long: only its first %1 characters were kept (the limit of one text).</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <source>Placez d&apos;abord le curseur dans un texte du bilan.</source>
        <translation>First put the cursor in a text of the report.</translation>
    </message>
    <message>
        <source>Sélectionnez d&apos;abord les mots à commenter.</source>
        <translation>First select the words to comment on.</translation>
    </message>
    <message>
        <source>Les mots choisis ne sont plus là : commentaire non ajouté.</source>
        <translation>The chosen words are gone: comment not added.</translation>
    </message>
    <message>
        <source>Ajouter un commentaire</source>
        <translation>Add a comment</translation>
    </message>
    <message>
        <source>Répondre au commentaire</source>
        <translation>Reply to the comment</translation>
    </message>
    <message>
        <source>Résoudre le commentaire</source>
        <translation>Resolve the comment</translation>
    </message>
    <message>
        <source>Rouvrir le commentaire</source>
        <translation>Reopen the comment</translation>
    </message>
    <message>
        <source>Modifier le commentaire</source>
        <translation>Edit the comment</translation>
    </message>
    <message>
        <source>Supprimer la réponse</source>
        <translation>Delete the reply</translation>
    </message>
    <message>
        <source>Supprimer le commentaire</source>
        <translation>Delete the comment</translation>
    </message>
    <message>
        <source>Commentaire supprimé — Ctrl+Z pour l&apos;annuler</source>
        <translation>Comment deleted — Ctrl+Z to undo</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Afficher les &amp;résolus</source>
        <translation>Show &amp;resolved</translation>
    </message>
    <message>
        <source>Ré&amp;pondre</source>
        <translation>Re&amp;ply</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n commentaire(s) ouvert(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n résolu(s)</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>cochez « Afficher les résolus » pour les voir.</source>
        <translation>tick “Show resolved” to see them.</translation>
    </message>
    <message>
        <source>Aucun commentaire. Sélectionnez des mots dans un texte, puis Ctrl+Alt+M.</source>
        <translation>No comments. Select words in a text, then Ctrl+Alt+M.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Récit</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Moyens</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Autres</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>résolu</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Texte commenté supprimé — « %1 »</source>
        <translation>Commented text deleted — “%1”</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Les mots commentés ont été supprimés du texte.</source>
        <translation>The commented words have been deleted from the text.</translation>
    </message>
    <message>
        <source>Ro&amp;uvrir</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Ré&amp;soudre</source>
        <translation>Re&amp;solve</translation>
    </message>
    <message>
        <source>Réponse à %1 :</source>
        <translation>Reply to %1:</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Modifier le commentaire :</source>
        <translation>Edit the comment:</translation>
    </message>
    <message>
        <source>Nouveau commentaire sur « %1 » :</source>
        <translation>New comment on “%1”:</translation>
    </message>
    <message>
        <source>A&amp;jouter</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Comparer</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>&amp;Section :</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <source>Seulement les sections &amp;modifiées</source>
        <translation>Only the &amp;changed sections</translation>
    </message>
    <message>
        <source>Texte d&apos;avant, les suppressions barrées en rouge</source>
        <translation>Earlier text, deletions struck out in red</translation>
    </message>
    <message>
        <source>Texte d&apos;aujourd&apos;hui, les ajouts en vert</source>
        <translation>Today&apos;s text, additions in green</translation>
    </message>
    <message>
        <source>supprimé</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>ajouté</source>
        <translation>added</translation>
    </message>
    <message>
        <source>&amp;Restaurer cette section</source>
        <translation>&amp;Restore this section</translation>
    </message>
    <message>
        <source>Remplace le texte d&apos;aujourd&apos;hui par celui de la version (Ctrl+Z l&apos;annule)</source>
        <translation>Replaces today&apos;s text with the version&apos;s (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>Conclusion et perspectives</source>
        <translation>Conclusion and outlook</translation>
    </message>
    <message>
        <source>%1 (modifiée)</source>
        <translation>%1 (changed)</translation>
    </message>
    <message>
        <source>Aucune section modifiée.</source>
        <translation>No section changed.</translation>
    </message>
    <message>
        <source>Aucune différence dans cette section.</source>
        <translation>No difference in this section.</translation>
    </message>
    <message>
        <source>%1 mot(s) supprimé(s), %2 mot(s) ajouté(s)</source>
        <translation>%1 word(s) deleted, %2 word(s) added</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Récit</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Moyens</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Restaurer « %1 »</source>
        <translation>Restore “%1”</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflit de modification</source>
        <translation>Editing conflict</translation>
    </message>
    <message>
        <source>Votre version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>quelqu&apos;un</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>Version de %1 (%2)</source>
        <translation>%1&apos;s version (%2)</translation>
    </message>
    <message>
        <source>Version de %1</source>
        <translation>%1&apos;s version</translation>
    </message>
    <message>
        <source>Supprimé par un autre rédacteur</source>
        <translation>Deleted by another writer</translation>
    </message>
    <message>
        <source>Version fusionnée (modifiable)</source>
        <translation>Merged version (editable)</translation>
    </message>
    <message>
        <source>Garder la &amp;mienne</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Garder la &amp;leur</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Fusionner à la main</source>
        <translation>&amp;Merge by hand</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la fusion</source>
        <translation>&amp;Save the merge</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;copié mon texte</source>
        <translation>I have &amp;copied my text</translation>
    </message>
    <message>
        <source>&amp;Supprimer quand même</source>
        <translation>&amp;Delete anyway</translation>
    </message>
    <message>
        <source>l&apos;action %1 « %2 »</source>
        <translation>action %1 “%2”</translation>
    </message>
    <message>
        <source>%1 (bilan %2)</source>
        <translation>%1 (%2 report)</translation>
    </message>
    <message>
        <source>%1 a supprimé %2 pendant que vous l&apos;écriviez. Votre texte n&apos;est pas perdu : le voici, copiez-le où il doit aller.</source>
        <translation>%1 deleted %2 while you were writing it. Your text is not lost: here it is, copy it where it belongs.</translation>
    </message>
    <message>
        <source>Vous avez supprimé %1, que %2 venait de modifier. Rien n&apos;est supprimé tant que vous n&apos;avez pas choisi.</source>
        <translation>You deleted %1, which %2 had just changed. Nothing is deleted until you choose.</translation>
    </message>
    <message>
        <source>%1 a modifié %2 pendant que vous l&apos;écriviez. Rien n&apos;a été écrasé : choisissez la version à garder, ou fusionnez-les.</source>
        <translation>%1 changed %2 while you were writing it. Nothing was overwritten: choose the version to keep, or merge them.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Récit</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Moyens</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CoverPage</name>
    <message>
        <source>Couverture et organisation</source>
        <translation>Cover and organisation</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Ligne de soutien :</source>
        <translation>&amp;Support line:</translation>
    </message>
    <message>
        <source>(pas de date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>&amp;Date du bilan :</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>Lan&amp;gue du bilan :</source>
        <translation>Report lan&amp;guage:</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>&amp;Financeur :</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <source>Logo du financeur :</source>
        <translation>Funder&apos;s logo:</translation>
    </message>
    <message>
        <source>&amp;Programme :</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Années :</source>
        <translation>Years:</translation>
    </message>
    <message>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> pages</translation>
    </message>
    <message>
        <source>Pages au plus :</source>
        <translation>Pages at most:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Adr&amp;esse :</source>
        <translation>Addre&amp;ss:</translation>
    </message>
    <message>
        <source>&amp;SIRET :</source>
        <translation>&amp;SIRET number:</translation>
    </message>
    <message>
        <source>Code A&amp;PE :</source>
        <translation>A&amp;PE code:</translation>
    </message>
    <message>
        <source>&amp;Contact :</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Fonction :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Télép&amp;hone :</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Une adresse web par ligne</source>
        <translation>One web address per line</translation>
    </message>
    <message>
        <source>Liens &amp;web :</source>
        <translation>&amp;Web links:</translation>
    </message>
    <message>
        <source>Logo :</source>
        <translation>Logo:</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite (%1). MES Desk continue de fonctionner ; si quelque chose semble incorrect, fermez puis rouvrez le fichier.</source>
        <translation>An unexpected error occurred (%1). MES Desk keeps running; if something looks wrong, close and reopen the file.</translation>
    </message>
    <message>
        <source>Le détail est enregistré dans le journal : %1 (Aide › Ouvrir le journal).</source>
        <translation>The details are in the log: %1 (Help › Open the log).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Calendrier (Alt+Bas)</source>
        <translation>Calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date : tapez par exemple 20/11/2024.</source>
        <translation>“%1” is not a date: type for example 20/11/2024.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>Premier lancement</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>L&apos;espace de travail de départ n&apos;a pas pu être créé dans « %1 ».</source>
        <translation>The starting workspace could not be created in “%1”.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir sur le serveur</source>
        <translation>Cannot open on the server</translation>
    </message>
    <message>
        <source>« %1 » est déjà ouvert.</source>
        <translation>“%1” is already open.</translation>
    </message>
    <message>
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Ce fichier est celui qui est ouvert ; choisissez un autre nom.</source>
        <translation>This is the file that is open; choose another name.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;a pas pu être créé.</source>
        <translation>“%1” could not be created.</translation>
    </message>
    <message>
        <source>Ouvert : %1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <source>Le retrouver…</source>
        <translation>Locate it…</translation>
    </message>
    <message>
        <source>Ouvrir « %1 »</source>
        <translation>Open “%1”</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;exemple</source>
        <translation>Open the sample</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Espace de travail introuvable</source>
        <translation>Workspace not found</translation>
    </message>
    <message>
        <source>Le dernier espace de travail ouvert, « %1 », est introuvable.</source>
        <translation>The last workspace opened, “%1”, cannot be found.</translation>
    </message>
    <message>
        <source>Le disque ou la clé USB qui le contient est peut-être débranché : rebranchez-le puis choisissez « Le retrouver… ». Rien n&apos;a été modifié.</source>
        <translation>The disk or USB stick holding it may be unplugged: plug it back in, then choose “Locate it…”. Nothing was changed.</translation>
    </message>
    <message>
        <source>Retrouver l&apos;espace de travail</source>
        <translation>Locate the workspace</translation>
    </message>
</context>
<context>
    <name>EditCollisions</name>
    <message>
        <source>Section déjà validée</source>
        <translation>Section already approved</translation>
    </message>
    <message>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
    <message>
        <source>Modification refusée</source>
        <translation>Change refused</translation>
    </message>
    <message>
        <source>Ce commentaire vient d&apos;être supprimé par un autre rédacteur.</source>
        <translation>This comment has just been deleted by another writer.</translation>
    </message>
    <message>
        <source>Déjà supprimé par un autre rédacteur : %1. Le plan est à jour.</source>
        <translation>Already deleted by another writer: %1. The outline is up to date.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;a pas été fait : ce qu&apos;il modifiait vient d&apos;être supprimé par un autre rédacteur.</source>
        <translation>“%1” was not done: what it changed has just been deleted by another writer.</translation>
    </message>
    <message>
        <source>Le plan venait d&apos;être modifié par un autre rédacteur : votre modification a été faite sur le plan à jour, rien n&apos;est perdu.</source>
        <translation>Another writer had just changed the outline: your change was made on the updated outline, nothing is lost.</translation>
    </message>
    <message>
        <source>un autre rédacteur</source>
        <translation>another writer</translation>
    </message>
    <message>
        <source> à %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <source>Impossible de supprimer %1 : %2 a modifié %3%4, après votre dernière lecture. Rien n&apos;est supprimé ni perdu. Relisez sa modification, puis supprimez de nouveau si besoin.</source>
        <translation>Cannot delete %1: %2 changed %3%4, after you last read it. Nothing is deleted or lost. Read their change, then delete again if need be.</translation>
    </message>
    <message>
        <source>Impossible de valider cette section : %2 a modifié %3%4, après votre dernière lecture. Rien n&apos;est validé. Relisez la section telle qu&apos;elle est maintenant, puis validez-la de nouveau.</source>
        <translation>Cannot approve this section: %2 changed %3%4, after you last read it. Nothing is approved. Read the section as it is now, then approve it again.</translation>
    </message>
    <message>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>« %1 » n&apos;a pas été fait : %2 a modifié %3%4, après votre dernière lecture. Rien n&apos;est modifié ni perdu. Relisez sa modification, puis recommencez.</source>
        <translation>“%1” was not done: %2 changed %3%4, after you last read it. Nothing is changed or lost. Read their change, then do it again.</translation>
    </message>
    <message>
        <source>%1 vient de valider cette section%2 : elle reste validée à son nom.</source>
        <translation>%1 has just approved this section%2: it stays approved in their name.</translation>
    </message>
    <message>
        <source>son texte (bilan %1)</source>
        <translation>its text (%1 report)</translation>
    </message>
    <message>
        <source>le texte de l&apos;action %1 (bilan %2)</source>
        <translation>the text of action %1 (%2 report)</translation>
    </message>
    <message>
        <source>le bilan %1</source>
        <translation>the %1 report</translation>
    </message>
    <message>
        <source>ce commentaire ou y a répondu</source>
        <translation>this comment or replied to it</translation>
    </message>
    <message>
        <source>son intitulé</source>
        <translation>its title</translation>
    </message>
    <message>
        <source>l&apos;action %1 « %2 »</source>
        <translation>action %1 “%2”</translation>
    </message>
    <message>
        <source>l&apos;axe %1 « %2 »</source>
        <translation>axis %1 “%2”</translation>
    </message>
    <message>
        <source>le commentaire</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>cette ligne</source>
        <translation>this row</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Annulé : %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Rétabli : %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Rétablir : %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Placez d&apos;abord le curseur dans un texte du bilan.</source>
        <translation>First put the cursor in a text of the report.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Rôle du MES</source>
        <translation>MES&apos;s role</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Modifier l&apos;événement</source>
        <translation>Edit the event</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter le bilan</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Que voulez-vous produire ?</source>
        <translation>What do you want to produce?</translation>
    </message>
    <message>
        <source>Document &amp;Word (.docx) pour la fondation</source>
        <translation>&amp;Word document (.docx) for the foundation</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>&amp;Modèle :</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <source>&amp;Inclure les commentaires (pour relecture)</source>
        <translation>&amp;Include comments (for review)</translation>
    </message>
    <message>
        <source>Les commentaires de relecture deviennent des commentaires Word sur les mêmes mots, avec leurs réponses ; à décocher pour le document envoyé à la fondation.</source>
        <translation>Review comments become Word comments on the same words, with their replies; untick it for the document sent to the foundation.</translation>
    </message>
    <message>
        <source>Tableaux &amp;Excel (.xlsx) à partager</source>
        <translation>&amp;Excel tables (.xlsx) to share</translation>
    </message>
    <message>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;Ouvrir le document Word</source>
        <translation>&amp;Open the Word document</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;classeur Excel</source>
        <translation>Open the Excel &amp;workbook</translation>
    </message>
    <message>
        <source>Afficher dans le &amp;dossier</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Modèle MES Desk (par défaut)</source>
        <translation>MES Desk template (default)</translation>
    </message>
    <message>
        <source>Autre modèle…</source>
        <translation>Other template…</translation>
    </message>
    <message>
        <source>Choisir un modèle Word</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Documents et modèles Word (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Exporter sous</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Le nom « %1 » doit se terminer par %2.</source>
        <translation>The name “%1” must end with %2.</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Écriture du document Word…</source>
        <translation>Writing the Word document…</translation>
    </message>
    <message>
        <source>Écriture du classeur Excel…</source>
        <translation>Writing the Excel workbook…</translation>
    </message>
    <message>
        <source>Export terminé :</source>
        <translation>Export finished:</translation>
    </message>
    <message>
        <source>À savoir :</source>
        <translation>Good to know:</translation>
    </message>
    <message>
        <source>Rien n&apos;a été remplacé. Si le fichier est ouvert dans Word ou Excel, fermez-le ; sinon choisissez un autre dossier ou un autre nom, puis cliquez à nouveau sur Exporter.</source>
        <translation>Nothing was replaced. If the file is open in Word or Excel, close it; otherwise choose another folder or another name, then click Export again.</translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Rien n&apos;a été remplacé ; votre bilan est intact. Signalez ce message à votre support avec le fichier du bilan.</source>
        <translation>An unexpected error occurred. Nothing was replaced; your report is intact. Send this message to your support together with the report file.</translation>
    </message>
    <message>
        <source>L&apos;export a échoué.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Aucun programme n&apos;a pu ouvrir « %1 ».</source>
        <translation>No program could open “%1”.</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Rechercher dans tout le bilan…</source>
        <translation>Find in the whole report…</translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun résultat</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>intitulé</source>
        <translation>title</translation>
    </message>
    <message>
        <source>évaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>récit</source>
        <translation>narrative</translation>
    </message>
    <message>
        <source>moyens</source>
        <translation>means</translation>
    </message>
    <message>
        <source>indicateur</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>événement</source>
        <translation>event</translation>
    </message>
    <message>
        <source>partenaire</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>body</translation>
    </message>
    <message>
        <source>Sans action — %1</source>
        <translation>Without an action — %1</translation>
    </message>
    <message>
        <source>Rechercher et remplacer</source>
        <translation>Find and replace</translation>
    </message>
</context>
<context>
    <name>FindingPlurals</name>
    <message numerus="yes">
        <source>Bilan {year} créé à partir du bilan {source_year} : %n action(s).</source>
        <translation>
            <numerusform>Report {year} created from the {source_year} report: %n action.</numerusform>
            <numerusform>Report {year} created from the {source_year} report: %n actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texte(s) repris en brouillon, marqué(s) « à actualiser » jusqu&apos;à ce que leur état change ; aucun événement repris.</source>
        <translation>
            <numerusform>%n text carried over as a draft, marked “to update” until its status changes; no event carried over.</numerusform>
            <numerusform>%n texts carried over as drafts, marked “to update” until their status changes; no event carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) d&apos;indicateur de l&apos;an dernier, à vérifier :</source>
        <translation>
            <numerusform>%n indicator figure from last year, to check:</numerusform>
            <numerusform>%n indicator figures from last year, to check:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commentaire(s) de relecture non résolu(s) repris avec les réponses.</source>
        <translation>
            <numerusform>%n unresolved review comment carried over with its replies.</numerusform>
            <numerusform>%n unresolved review comments carried over with their replies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commentaire(s) résolu(s) laissé(s) dans le bilan {source_year}.</source>
        <translation>
            <numerusform>%n resolved comment left in the {source_year} report.</numerusform>
            <numerusform>%n resolved comments left in the {source_year} report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commentaire(s) repris (réponses : {replies} ; résolus : {resolved})</source>
        <translation>
            <numerusform>%n comment imported (replies: {replies}; resolved: {resolved})</numerusform>
            <numerusform>%n comments imported (replies: {replies}; resolved: {resolved})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) de {author}</source>
        <translation>
            <numerusform>%n suggestion by {author}</numerusform>
            <numerusform>%n suggestions by {author}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rubrique(s) modifiée(s) sans suivi des modifications</source>
        <translation>
            <numerusform>%n section changed without tracked changes</numerusform>
            <numerusform>%n sections changed without tracked changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) déjà importé(s), non repris.</source>
        <translation>
            <numerusform>%n item already imported, not added again.</numerusform>
            <numerusform>%n items already imported, not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n style(s) absent(s) du modèle, pris dans celui de MES Desk : {styles}.</source>
        <translation>
            <numerusform>%n style missing from the template, taken from MES Desk&apos;s: {styles}.</numerusform>
            <numerusform>%n styles missing from the template, taken from MES Desk&apos;s: {styles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{number} {field} : %n mot(s) à vérifier ({words})</source>
        <translation>
            <numerusform>{number} {field}: %n word to check ({words})</numerusform>
            <numerusform>{number} {field}: %n words to check ({words})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Axe {number} : %n mot(s) à vérifier ({words})</source>
        <translation>
            <numerusform>Axis {number}: %n word to check ({words})</numerusform>
            <numerusform>Axis {number}: %n words to check ({words})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{field} : %n mot(s) à vérifier ({words})</source>
        <translation>
            <numerusform>{field}: %n word to check ({words})</numerusform>
            <numerusform>{field}: %n words to check ({words})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Aucun chiffre d&apos;indicateur repéré dans les textes.</source>
        <translation>No indicator figure found in the texts.</translation>
    </message>
    <message>
        <source>{number}, {field} : « {figure} » = {indicator}</source>
        <translation>{number}, {field}: “{figure}” = {indicator}</translation>
    </message>
    <message>
        <source>{field} : « {figure} » = {indicator}</source>
        <translation>{field}: “{figure}” = {indicator}</translation>
    </message>
    <message>
        <source>{number}, {field} : « {figure} » = {indicator} (à corriger à la main)</source>
        <translation>{number}, {field}: “{figure}” = {indicator} (to correct by hand)</translation>
    </message>
    <message>
        <source>{field} : « {figure} » = {indicator} (à corriger à la main)</source>
        <translation>{field}: “{figure}” = {indicator} (to correct by hand)</translation>
    </message>
    <message>
        <source>Le logo de l&apos;organisation n&apos;est pas une image PNG ou JPEG lisible : il est omis de la couverture.</source>
        <translation>The organisation&apos;s logo is not a readable PNG or JPEG image: it is left off the cover.</translation>
    </message>
    <message>
        <source>Le logo du financeur n&apos;est pas une image PNG ou JPEG lisible : il est omis de la couverture.</source>
        <translation>The funder&apos;s logo is not a readable PNG or JPEG image: it is left off the cover.</translation>
    </message>
    <message>
        <source>Aucune organisation n&apos;est renseignée : le bloc de contact est omis.</source>
        <translation>No organisation is filled in: the contact block is left out.</translation>
    </message>
    <message>
        <source>Un indicateur cité dans le texte n&apos;existe plus ({uid}).</source>
        <translation>An indicator quoted in the text no longer exists ({uid}).</translation>
    </message>
    <message>
        <source>L&apos;indicateur « {label} » n&apos;a pas de valeur pour {year}.</source>
        <translation>The indicator “{label}” has no value for {year}.</translation>
    </message>
    <message>
        <source>Texte de plus de {limit} caractères tronqué ({sheet}, ligne {row}, {column}).</source>
        <translation>Text longer than {limit} characters cut ({sheet}, row {row}, {column}).</translation>
    </message>
    <message>
        <source>Graphiques : aucun indicateur chiffré, la feuille ne contient pas de graphique.</source>
        <translation>Charts: no indicator has figures, the sheet holds no chart.</translation>
    </message>
    <message>
        <source>{name} ne se termine pas par .xlsx : Excel risque de refuser de l&apos;ouvrir.</source>
        <translation>{name} does not end in .xlsx: Excel may refuse to open it.</translation>
    </message>
    <message>
        <source>Préambule vide</source>
        <translation>Empty preamble</translation>
    </message>
    <message>
        <source>Préambule identique à celui de {previous} : à réécrire pour {year}</source>
        <translation>Preamble identical to {previous}&apos;s: to rewrite for {year}</translation>
    </message>
    <message>
        <source>{number} : rien n&apos;est rédigé</source>
        <translation>{number}: nothing is written</translation>
    </message>
    <message>
        <source>{number} : texte repris de l&apos;an dernier, toujours « à actualiser »</source>
        <translation>{number}: text carried over from last year, still “to update”</translation>
    </message>
    <message>
        <source>{number} : statut « {status} », pas encore validé</source>
        <translation>{number}: status “{status}”, not approved yet</translation>
    </message>
    <message>
        <source>{number} : évaluation vide</source>
        <translation>{number}: empty evaluation</translation>
    </message>
    <message>
        <source>{number} : récit vide</source>
        <translation>{number}: empty narrative</translation>
    </message>
    <message>
        <source>{number} : moyens vides</source>
        <translation>{number}: empty means</translation>
    </message>
    <message>
        <source>{number} : {words} mots pour un objectif de {target}</source>
        <translation>{number}: {words} words for a target of {target}</translation>
    </message>
    <message>
        <source>{number} : pas de valeur {year} pour l&apos;indicateur « {indicator} »</source>
        <translation>{number}: no {year} value for the indicator “{indicator}”</translation>
    </message>
    <message>
        <source>{field} : pas de valeur {year} pour l&apos;indicateur « {indicator} »</source>
        <translation>{field}: no {year} value for the indicator “{indicator}”</translation>
    </message>
    <message>
        <source>{number}, {field} : « {excerpt} » nomme {year}, l&apos;année précédente</source>
        <translation>{number}, {field}: “{excerpt}” names {year}, the previous year</translation>
    </message>
    <message>
        <source>{field} : « {excerpt} » nomme {year}, l&apos;année précédente</source>
        <translation>{field}: “{excerpt}” names {year}, the previous year</translation>
    </message>
    <message>
        <source>Conclusion vide</source>
        <translation>Empty conclusion</translation>
    </message>
    <message>
        <source>Conclusion identique à celle de {previous} : à réécrire pour {year}</source>
        <translation>Conclusion identical to {previous}&apos;s: to rewrite for {year}</translation>
    </message>
    <message>
        <source>Aucun événement daté de {year}</source>
        <translation>No event dated {year}</translation>
    </message>
    <message>
        <source>Environ {pages} pages estimées pour {limit} autorisées par la convention : à raccourcir</source>
        <translation>About {pages} pages estimated for {limit} allowed by the agreement: to shorten</translation>
    </message>
    <message>
        <source>{number} : pas de montant réalisé pour « {label} »</source>
        <translation>{number}: no actual amount for “{label}”</translation>
    </message>
    <message>
        <source>Budget du bilan : pas de montant réalisé pour « {label} »</source>
        <translation>Report budget: no actual amount for “{label}”</translation>
    </message>
    <message>
        <source>{number} : écart de {percent} % sur « {label} », sans explication</source>
        <translation>{number}: {percent}% gap on “{label}”, not explained</translation>
    </message>
    <message>
        <source>Budget du bilan : écart de {percent} % sur « {label} », sans explication</source>
        <translation>Report budget: {percent}% gap on “{label}”, not explained</translation>
    </message>
    <message>
        <source>Heures bénévoles en {year} sans méthode de valorisation écrite</source>
        <translation>Volunteer hours in {year} with no valuation method written</translation>
    </message>
    <message>
        <source>évaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>récit</source>
        <translation>narrative</translation>
    </message>
    <message>
        <source>moyens</source>
        <translation>means</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>titre</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Titre du bilan</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>à rédiger</source>
        <translation>to write</translation>
    </message>
    <message>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>validé</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>Ni styles de titre ni lignes en gras : axes et actions reconnus à leur seul numéro.</source>
        <translation>Neither heading styles nor bold lines: axes and actions recognised by their number alone.</translation>
    </message>
    <message>
        <source>{part} : {detail}, coupé à la limite.</source>
        <translation>{part}: {detail}, cut to the limit.</translation>
    </message>
    <message>
        <source>{part} : {detail}, suites coupées par des espaces.</source>
        <translation>{part}: {detail}, runs split by spaces.</translation>
    </message>
    <message>
        <source>L&apos;action {action} apparaît deux fois : la seconde partie est ajoutée à son récit.</source>
        <translation>Action {action} appears twice: the second part is added to its narrative.</translation>
    </message>
    <message>
        <source>L&apos;axe {axis} n&apos;a pas de titre dans le document.</source>
        <translation>Axis {axis} has no title in the document.</translation>
    </message>
    <message>
        <source>Aucun titre reconnu : tout le texte est placé dans le préambule.</source>
        <translation>No heading recognised: all the text is put in the preamble.</translation>
    </message>
    <message>
        <source>Pas de titre « Préambule » : le texte avant le premier axe en tient lieu.</source>
        <translation>No “Préambule” heading: the text before the first axis stands for it.</translation>
    </message>
    <message>
        <source>Année {year} déduite de « {excerpt} ».</source>
        <translation>Year {year} deduced from “{excerpt}”.</translation>
    </message>
    <message>
        <source>{action} : « Moyens = » trouvé au milieu d&apos;un paragraphe, séparé du récit.</source>
        <translation>{action}: “Moyens =” found in the middle of a paragraph, separated from the narrative.</translation>
    </message>
    <message>
        <source>{action} : « {label} = » en double, le doublon est ignoré.</source>
        <translation>{action}: “{label} =” twice, the duplicate is ignored.</translation>
    </message>
    <message>
        <source>{action} : « {label} = » en double, seule la version complète est gardée.</source>
        <translation>{action}: “{label} =” twice, only the complete version is kept.</translation>
    </message>
    <message>
        <source>{action} : plusieurs paragraphes « {label} = », réunis dans la même rubrique.</source>
        <translation>{action}: several “{label} =” paragraphs, joined in the same section.</translation>
    </message>
    <message>
        <source>{action} : « {label} » seul sur sa ligne, le texte qui suit est placé dans cette rubrique.</source>
        <translation>{action}: “{label}” alone on its line, the text that follows is put in that section.</translation>
    </message>
    <message>
        <source>{action} : « {label} » lu dans la colonne de gauche d&apos;un tableau.</source>
        <translation>{action}: “{label}” read in the left column of a table.</translation>
    </message>
    <message>
        <source>Puce de niveau {level} ramenée au niveau 2 : « {excerpt} ».</source>
        <translation>Level {level} bullet brought back to level 2: “{excerpt}”.</translation>
    </message>
    <message>
        <source>{count} titre(s) numéroté(s) par la numérotation automatique de Word (par exemple {number}).</source>
        <translation>{count} heading(s) numbered by Word&apos;s automatic numbering (for example {number}).</translation>
    </message>
    <message>
        <source>{count} titre(s) reconnu(s) à leur grande taille de caractères (par exemple {number}).</source>
        <translation>{count} heading(s) recognised by their large font size (for example {number}).</translation>
    </message>
    <message>
        <source>{number} « {title} » : titre lu dans un tableau d&apos;une seule cellule.</source>
        <translation>{number} “{title}”: heading read in a one-cell table.</translation>
    </message>
    <message>
        <source>{number} « {title} » : titre coupé en deux paragraphes, réunis.</source>
        <translation>{number} “{title}”: heading split over two paragraphs, joined.</translation>
    </message>
    <message>
        <source>{number} « {title} » : titre tapé comme un élément de liste.</source>
        <translation>{number} “{title}”: heading typed as a list item.</translation>
    </message>
    <message>
        <source>{number} « {title} » : reconnu comme titre, il comble un trou dans la numérotation (entre {before} et {after}).</source>
        <translation>{number} “{title}”: recognised as a heading, it fills a gap in the numbering (between {before} and {after}).</translation>
    </message>
    <message>
        <source>{number} « {title} » : reconnu comme titre, la table des matières le cite.</source>
        <translation>{number} “{title}”: recognised as a heading, the table of contents lists it.</translation>
    </message>
    <message>
        <source>Tableau d&apos;une seule cellule lu comme du texte : « {excerpt} ».</source>
        <translation>One-cell table read as text: “{excerpt}”.</translation>
    </message>
    <message>
        <source>Tableau de {rows} ligne(s) gardé comme texte, une ligne par paragraphe (colonnes séparées par « | ») : « {excerpt} ».</source>
        <translation>Table of {rows} row(s) kept as text, one row per paragraph (columns separated by “|”): “{excerpt}”.</translation>
    </message>
    <message>
        <source>[préambule] {excerpt}</source>
        <translation>[preamble] {excerpt}</translation>
    </message>
    <message>
        <source>[préambule (sans titre)] {excerpt}</source>
        <translation>[preamble (no heading)] {excerpt}</translation>
    </message>
    <message>
        <source>[action {action}] {excerpt}</source>
        <translation>[action {action}] {excerpt}</translation>
    </message>
    <message>
        <source>[action {action} (après « Moyens = »)] {excerpt}</source>
        <translation>[action {action} (after “Moyens =”)] {excerpt}</translation>
    </message>
    <message>
        <source>Import de {file} : bilan {year}</source>
        <translation>Import of {file}: report {year}</translation>
    </message>
    <message>
        <source>Titre : {title}</source>
        <translation>Title: {title}</translation>
    </message>
    <message>
        <source>Convention créée : {axes} axe(s), {actions} action(s)</source>
        <translation>Agreement created: {axes} axis/axes, {actions} action(s)</translation>
    </message>
    <message>
        <source>Convention existante : {axes} axe(s), {actions} action(s)</source>
        <translation>Existing agreement: {axes} axis/axes, {actions} action(s)</translation>
    </message>
    <message>
        <source>Convention existante : {axes} axe(s), {actions} action(s) (dont {axes_created} axe(s) et {actions_created} action(s) ajoutés)</source>
        <translation>Existing agreement: {axes} axis/axes, {actions} action(s) (including {axes_created} axis/axes and {actions_created} action(s) added)</translation>
    </message>
    <message>
        <source>Le bilan {year} existant a été remplacé.</source>
        <translation>The existing {year} report was replaced.</translation>
    </message>
    <message>
        <source>Le bilan {year} existant a été remplacé (ses {events} événement(s) sont conservés).</source>
        <translation>The existing {year} report was replaced (its {events} event(s) are kept).</translation>
    </message>
    <message>
        <source>Évaluations : {evaluations} ; Moyens : {means}</source>
        <translation>Evaluations: {evaluations}; Means: {means}</translation>
    </message>
    <message>
        <source>Notes de bas de page : {footnotes} ; liens : {links} ; listes : {lists} ({items} puce(s)) ; intertitres : {runins}</source>
        <translation>Footnotes: {footnotes}; links: {links}; lists: {lists} ({items} bullet(s)); run-in headings: {runins}</translation>
    </message>
    <message>
        <source>Préambule : {preamble} mot(s) ; conclusion : {conclusion} mot(s)</source>
        <translation>Preamble: {preamble} word(s); conclusion: {conclusion} word(s)</translation>
    </message>
    <message>
        <source>Reconnu aussi : la date du bilan.</source>
        <translation>Also recognised: the report&apos;s date.</translation>
    </message>
    <message>
        <source>Reconnu aussi : la mention de soutien.</source>
        <translation>Also recognised: the support line.</translation>
    </message>
    <message>
        <source>Reconnu aussi : la table des matières ({count} ligne(s), non reprise).</source>
        <translation>Also recognised: the table of contents ({count} line(s), not kept).</translation>
    </message>
    <message>
        <source>Reconnu aussi : la liste ✓ des axes du préambule (régénérée à l&apos;export).</source>
        <translation>Also recognised: the ✓ list of axes in the preamble (regenerated on export).</translation>
    </message>
    <message>
        <source>Reconnu aussi : le bloc contact (non repris dans le texte).</source>
        <translation>Also recognised: the contact block (not kept in the text).</translation>
    </message>
    <message>
        <source>Reconnu aussi : le bloc contact (organisation créée).</source>
        <translation>Also recognised: the contact block (organisation created).</translation>
    </message>
    <message>
        <source>Tous les paragraphes ont été reconnus.</source>
        <translation>Every paragraph was recognised.</translation>
    </message>
    <message>
        <source>Le document ne contient aucun texte.</source>
        <translation>The document holds no text.</translation>
    </message>
    <message>
        <source>Financeur « {funder} » lu dans la mention de soutien.</source>
        <translation>Funder “{funder}” read in the support line.</translation>
    </message>
    <message>
        <source>Convention {first}–{last} : années lues dans le préambule.</source>
        <translation>Agreement {first}–{last}: years read in the preamble.</translation>
    </message>
    <message>
        <source>Convention créée pour la seule année {year} : ajustez ses années si besoin.</source>
        <translation>Agreement created for the year {year} only: adjust its years if needed.</translation>
    </message>
    <message>
        <source>Axe {axis} : le titre du document diffère de la convention, celui de la convention est gardé (« {title} »).</source>
        <translation>Axis {axis}: the document&apos;s title differs from the agreement&apos;s, the agreement&apos;s is kept (“{title}”).</translation>
    </message>
    <message>
        <source>Action {action} : le titre du document diffère de la convention, celui de la convention est gardé (« {title} »).</source>
        <translation>Action {action}: the document&apos;s title differs from the agreement&apos;s, the agreement&apos;s is kept (“{title}”).</translation>
    </message>
    <message>
        <source>L&apos;axe {document} du document devient l&apos;axe {number}.</source>
        <translation>Axis {document} of the document becomes axis {number}.</translation>
    </message>
    <message>
        <source>L&apos;action {document} du document devient l&apos;action {number} (les numéros suivent l&apos;ordre).</source>
        <translation>Action {document} of the document becomes action {number} (numbers follow the order).</translation>
    </message>
    <message>
        <source>Action(s) de la convention absente(s) du document, laissée(s) vide(s) : {numbers}.</source>
        <translation>Action(s) of the agreement missing from the document, left empty: {numbers}.</translation>
    </message>
    <message>
        <source>Titres sans numéro : axes et actions numérotés dans l&apos;ordre du document.</source>
        <translation>Headings without numbers: axes and actions numbered in the document&apos;s order.</translation>
    </message>
    <message>
        <source>Organisation créée à partir du bloc contact de fin : vérifiez-la.</source>
        <translation>Organisation created from the closing contact block: please check it.</translation>
    </message>
    <message>
        <source>{count} puce(s) tapée(s) à la main converties en listes.</source>
        <translation>{count} bullet(s) typed by hand turned into lists.</translation>
    </message>
    <message>
        <source>Document au format OOXML strict : lu en le ramenant au format courant.</source>
        <translation>Document in strict OOXML format: read by bringing it back to the usual format.</translation>
    </message>
    <message>
        <source>Image gardée dans le texte sous la forme « {mention} » : remettez-la à la main si besoin.</source>
        <translation>Picture kept in the text as “{mention}”: put it back by hand if needed.</translation>
    </message>
    <message>
        <source>{count} zone(s) de texte lue(s) comme des paragraphes.</source>
        <translation>{count} text box(es) read as paragraphs.</translation>
    </message>
    <message>
        <source>{count} objet(s) incorporé(s) non importé(s).</source>
        <translation>{count} embedded object(s) not imported.</translation>
    </message>
    <message>
        <source>Suivi des modifications : {count} insertion(s) acceptée(s), gardée(s) dans le texte.</source>
        <translation>Track changes: {count} insertion(s) accepted, kept in the text.</translation>
    </message>
    <message>
        <source>Suivi des modifications : {count} suppression(s) acceptée(s), laissée(s) de côté.</source>
        <translation>Track changes: {count} deletion(s) accepted, left out.</translation>
    </message>
    <message>
        <source>Commentaire de {author} non repris dans le texte : « {excerpt} ».</source>
        <translation>Comment by {author} not taken into the text: “{excerpt}”.</translation>
    </message>
    <message>
        <source>Commentaire non repris dans le texte : « {excerpt} ».</source>
        <translation>Comment not taken into the text: “{excerpt}”.</translation>
    </message>
    <message>
        <source>Aucun axe ni action reconnu : vérifiez que le document suit les rubriques de la convention.</source>
        <translation>No axis or action recognised: check that the document follows the agreement&apos;s sections.</translation>
    </message>
    <message>
        <source>Relecture {file} : bilan {year}</source>
        <translation>Review {file}: {year} report</translation>
    </message>
    <message>
        <source>Aucune modification suivie.</source>
        <translation>No tracked changes.</translation>
    </message>
    <message>
        <source>Modifiée sans suivi : {number}, {field}</source>
        <translation>Changed without tracking: {number}, {field}</translation>
    </message>
    <message>
        <source>Modifiée sans suivi : {field}</source>
        <translation>Changed without tracking: {field}</translation>
    </message>
    <message>
        <source>La section {document} du fichier est l&apos;action {number} « {title} » (déplacée).</source>
        <translation>Section {document} of the file is action {number} “{title}” (moved).</translation>
    </message>
    <message>
        <source>La section {number} du fichier s&apos;intitule « {document} » : rattachée à l&apos;action {number} « {title} ».</source>
        <translation>Section {number} of the file is titled “{document}”: matched to action {number} “{title}”.</translation>
    </message>
    <message>
        <source>Section {number} « {title} » sans action correspondante : {changes} modification(s) et {comments} commentaire(s) non repris.</source>
        <translation>Section {number} “{title}” matches no action: {changes} change(s) and {comments} comment(s) not imported.</translation>
    </message>
    <message>
        <source>Modification suivie de {author} hors du texte des rubriques (titre, tableau, annexe…), non reprise : « {excerpt} ».</source>
        <translation>Tracked change by {author} outside the sections&apos; text (a title, a table, the annex…), not imported: “{excerpt}”.</translation>
    </message>
    <message>
        <source>Commentaire de {author} hors du texte des rubriques (titre, tableau…), gardé sans ancrage : « {excerpt} ».</source>
        <translation>Comment by {author} outside the sections&apos; text (a title, a table…), kept without anchor: “{excerpt}”.</translation>
    </message>
    <message>
        <source>Aucune section validée : {count} à faire valider</source>
        <translation>No section approved yet: {count} awaiting approval</translation>
    </message>
    <message>
        <source>{number} : en attente de validation</source>
        <translation>{number}: awaiting approval</translation>
    </message>
    <message>
        <source>{field} : en attente de validation</source>
        <translation>{field}: awaiting approval</translation>
    </message>
    <message>
        <source>{number} : texte modifié le {date} après la validation de {by}, à revoir</source>
        <translation>{number}: text changed on {date} after {by}&apos;s approval, to review</translation>
    </message>
    <message>
        <source>{field} : texte modifié le {date} après la validation de {by}, à revoir</source>
        <translation>{field}: text changed on {date} after {by}&apos;s approval, to review</translation>
    </message>
</context>
<context>
    <name>FootnoteDialog</name>
    <message>
        <source>Note de bas de page {number}</source>
        <translation>Footnote {number}</translation>
    </message>
    <message>
        <source>Nouvelle note de bas de page</source>
        <translation>New footnote</translation>
    </message>
    <message>
        <source>&amp;Texte de la note :</source>
        <translation>Note &amp;text:</translation>
    </message>
    <message>
        <source>Source, précision, référence…</source>
        <translation>Source, detail, reference…</translation>
    </message>
    <message>
        <source>Supprimer la note</source>
        <translation>Delete the note</translation>
    </message>
    <message>
        <source>Entrée pour valider, Échap pour annuler.</source>
        <translation>Enter to confirm, Esc to cancel.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Importer un bilan Word</source>
        <translation>Import a Word report</translation>
    </message>
    <message>
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être importé.</source>
        <translation>“%1” cannot be imported.</translation>
    </message>
    <message>
        <source>Remplacer les textes du bilan %1 par ceux de « %2 » ?</source>
        <translation>Replace the texts of the %1 report with those of “%2”?</translation>
    </message>
    <message>
        <source>Créer le bilan %1 à partir de « %2 » ?</source>
        <translation>Create the %1 report from “%2”?</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>L&apos;import ne peut pas être annulé avec Ctrl+Z. Pour garder l&apos;état actuel, utilisez d&apos;abord « Enregistrer une copie sous… ».</source>
        <translation>The import cannot be undone with Ctrl+Z. To keep the current state, first use “Save a copy as…”.</translation>
    </message>
    <message>
        <source>L&apos;import a échoué ; rien n&apos;a été modifié.</source>
        <translation>The import failed; nothing was changed.</translation>
    </message>
    <message>
        <source>Import terminé : bilan %1.</source>
        <translation>Import finished: %1 report.</translation>
    </message>
    <message>
        <source>Importer des indicateurs</source>
        <translation>Import indicators</translation>
    </message>
    <message>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Aucune valeur à changer.</source>
        <translation>No value to change.</translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Appliquer les valeurs valables</source>
        <translation>Apply the valid values</translation>
    </message>
    <message numerus="yes">
        <source>%n valeur(s) à changer dans le bilan.</source>
        <translation>
            <numerusform>%n value to change in the report.</numerusform>
            <numerusform>%n values to change in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valeur(s) enregistrée(s).</source>
        <translation>
            <numerusform>%n value saved.</numerusform>
            <numerusform>%n values saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ce que l&apos;import a trouvé, déduit et n&apos;a pas su placer est listé dans le panneau « Import Word » : un clic sur une ligne y mène.</source>
        <translation>What the import found, deduced and could not place is listed in the “Word import” panel: click a line to go there.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPanel</name>
    <message>
        <source>Import Word</source>
        <translation>Word import</translation>
    </message>
    <message>
        <source>Ce que l&apos;import a trouvé et déduit</source>
        <translation>What the import found and deduced</translation>
    </message>
    <message>
        <source>Un clic sur une ligne mène à l&apos;endroit dont elle parle.</source>
        <translation>Click a line to go to the place it is about.</translation>
    </message>
    <message>
        <source>Déductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Paragraphes non reconnus, gardés dans le texte</source>
        <translation>Paragraphs not recognised, kept in the text</translation>
    </message>
    <message>
        <source>Ouvrir cet endroit</source>
        <translation>Open this place</translation>
    </message>
</context>
<context>
    <name>IndicatorLabels</name>
    <message>
        <source>valeur manquante</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>indicateur supprimé</source>
        <translation>deleted indicator</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>IndicatorPickerDialog</name>
    <message>
        <source>Insérer la valeur d&apos;un indicateur</source>
        <translation>Insert an indicator&apos;s value</translation>
    </message>
    <message>
        <source>Filtrer les indicateurs…</source>
        <translation>Filter the indicators…</translation>
    </message>
    <message>
        <source>l&apos;année du bilan (%1)</source>
        <translation>the report&apos;s year (%1)</translation>
    </message>
    <message>
        <source>Valeur de &amp;l&apos;année :</source>
        <translation>Value of the &amp;year:</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Indicateur :</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Insérer</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>Sans action</source>
        <translation>Without an action</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Modifier l&apos;indicateur</source>
        <translation>Edit the indicator</translation>
    </message>
    <message>
        <source>Modifier une valeur</source>
        <translation>Edit a value</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Ligne reprise de l&apos;an dernier : montant réalisé à saisir</source>
        <translation>Line carried over from last year: enter the actual amount</translation>
    </message>
    <message>
        <source>bénévolat</source>
        <translation>volunteering</translation>
    </message>
    <message>
        <source>dons en nature</source>
        <translation>donations in kind</translation>
    </message>
    <message>
        <source>prestations en nature</source>
        <translation>services in kind</translation>
    </message>
    <message>
        <source>locaux mis à disposition</source>
        <translation>premises lent free</translation>
    </message>
    <message>
        <source>Modifier les moyens</source>
        <translation>Edit the means</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Lien</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>https://… ou adresse électronique</source>
        <translation>https://… or email address</translation>
    </message>
    <message>
        <source>Par défaut, l’adresse elle-même</source>
        <translation>By default, the address itself</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Texte affiché :</source>
        <translation>&amp;Text shown:</translation>
    </message>
    <message>
        <source>Retirer le lien</source>
        <translation>Remove the link</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>&amp;Partenaires associés</source>
        <translation>&amp;Partners involved</translation>
    </message>
    <message>
        <source>&amp;Instances où siège le MES</source>
        <translation>&amp;Bodies where MES sits</translation>
    </message>
    <message>
        <source>&amp;Gérer les partenaires et instances…</source>
        <translation>&amp;Manage partners and bodies…</translation>
    </message>
    <message>
        <source>Ajouter, renommer ou supprimer des partenaires et des instances</source>
        <translation>Add, rename or delete partners and bodies</translation>
    </message>
    <message>
        <source>[action %1]</source>
        <translation>[action %1]</translation>
    </message>
    <message>
        <source>Associer un partenaire</source>
        <translation>Link a partner</translation>
    </message>
    <message>
        <source>Associer une instance</source>
        <translation>Link a body</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Choisir une image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>(aucun logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>(image illisible)</source>
        <translation>(unreadable image)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Choisir une image</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <source>Images PNG ou JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo de l&apos;organisation</source>
        <translation>Organisation&apos;s logo</translation>
    </message>
    <message>
        <source>Logo du financeur</source>
        <translation>Funder&apos;s logo</translation>
    </message>
    <message>
        <source>Retrait du logo de l&apos;organisation</source>
        <translation>Removal of the organisation&apos;s logo</translation>
    </message>
    <message>
        <source>Retrait du logo du financeur</source>
        <translation>Removal of the funder&apos;s logo</translation>
    </message>
    <message>
        <source>%1 pèse %2 Mo : une image de moins de 5 Mo est attendue.</source>
        <translation>%1 weighs %2 MB: an image under 5 MB is expected.</translation>
    </message>
    <message>
        <source>%1 ne peut pas être lu : %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une image PNG ou JPEG : choisissez un fichier .png ou .jpg.</source>
        <translation>%1 is not a PNG or JPEG image: choose a .png or .jpg file.</translation>
    </message>
    <message>
        <source>%1 est endommagé ou incomplet : l&apos;image ne peut pas être lue.</source>
        <translation>%1 is damaged or incomplete: the image cannot be read.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bilan affiché</source>
        <translation>Report shown</translation>
    </message>
    <message>
        <source>Plan du bilan</source>
        <translation>Report outline</translation>
    </message>
    <message>
        <source>&amp;Nouvel espace de travail…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Ouvrir sur un &amp;serveur…</source>
        <translation>Open on a &amp;server…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Le travail est enregistré automatiquement ; ceci écrit une copie ailleurs.</source>
        <translation>Your work is saved automatically; this writes a copy elsewhere.</translation>
    </message>
    <message>
        <source>&amp;Exporter en Word et Excel…</source>
        <translation>&amp;Export to Word and Excel…</translation>
    </message>
    <message>
        <source>&amp;Importer un bilan Word…</source>
        <translation>&amp;Import a Word report…</translation>
    </message>
    <message>
        <source>Importer les &amp;indicateurs d&apos;un classeur Excel…</source>
        <translation>Import &amp;indicators from an Excel workbook…</translation>
    </message>
    <message>
        <source>Importer une relecture &amp;Word…</source>
        <translation>Import a &amp;Word review…</translation>
    </message>
    <message>
        <source>Les commentaires et modifications des relecteurs, à accepter ou refuser dans le panneau « Relecture ».</source>
        <translation>The reviewers&apos; comments and changes, to accept or reject in the “Review” panel.</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Rechercher dans le bilan…</source>
        <translation>&amp;Find in the report…</translation>
    </message>
    <message>
        <source>&amp;Insérer la valeur d&apos;un indicateur…</source>
        <translation>&amp;Insert an indicator&apos;s value…</translation>
    </message>
    <message>
        <source>Une pastille qui montre la valeur de l&apos;indicateur pour l&apos;année du bilan</source>
        <translation>A chip showing the indicator&apos;s value for the report&apos;s year</translation>
    </message>
    <message>
        <source>Ajouter un &amp;commentaire</source>
        <translation>Add a co&amp;mment</translation>
    </message>
    <message>
        <source>Un commentaire de relecture sur les mots sélectionnés</source>
        <translation>A review comment on the selected words</translation>
    </message>
    <message>
        <source>&amp;Vérifier le bilan</source>
        <translation>&amp;Check the report</translation>
    </message>
    <message>
        <source>Su&amp;ggestions des relecteurs</source>
        <translation>Reviewers&apos; su&amp;ggestions</translation>
    </message>
    <message>
        <source>Le panneau « Relecture » : les suggestions importées d&apos;une relecture Word.</source>
        <translation>The “Review” panel: the suggestions imported from a Word review.</translation>
    </message>
    <message>
        <source>Ajouter un a&amp;xe</source>
        <translation>Add an a&amp;xis</translation>
    </message>
    <message>
        <source>Ajouter une &amp;action</source>
        <translation>Add an &amp;action</translation>
    </message>
    <message>
        <source>&amp;Renommer</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Monter</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>&amp;Descendre</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Nouveau bilan annuel…</source>
        <translation>&amp;New annual report…</translation>
    </message>
    <message>
        <source>Bilan &amp;précédent</source>
        <translation>&amp;Previous report</translation>
    </message>
    <message>
        <source>Bilan &amp;suivant</source>
        <translation>Ne&amp;xt report</translation>
    </message>
    <message>
        <source>Aller au &amp;plan</source>
        <translation>Go to the &amp;outline</translation>
    </message>
    <message>
        <source>Aller au &amp;texte</source>
        <translation>Go to the &amp;text</translation>
    </message>
    <message>
        <source>Partie p&amp;récédente</source>
        <translation>P&amp;revious part</translation>
    </message>
    <message>
        <source>Partie s&amp;uivante</source>
        <translation>Ne&amp;xt part</translation>
    </message>
    <message>
        <source>&amp;Commentaires</source>
        <translation>Co&amp;mments</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;journal</source>
        <translation>Open the &amp;log</translation>
    </message>
    <message>
        <source>À &amp;propos de MES Desk</source>
        <translation>&amp;About MES Desk</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Fichiers &amp;récents</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Agreement</translation>
    </message>
    <message>
        <source>&amp;Bilan</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Insérer la valeur d&apos;un indicateur (%1)</source>
        <translation>Insert an indicator&apos;s value (%1)</translation>
    </message>
    <message>
        <source>Ajouter un commentaire sur les mots sélectionnés (%1)</source>
        <translation>Add a comment on the selected words (%1)</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>La liste des axes de la convention est ajoutée automatiquement à l&apos;export.</source>
        <translation>The list of the agreement&apos;s axes is added automatically when exporting.</translation>
    </message>
    <message>
        <source>Conclusion et perspectives</source>
        <translation>Conclusion and outlook</translation>
    </message>
    <message>
        <source>%1 (lecture seule)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>Axe %1 : %2</source>
        <translation>Axis %1: %2</translation>
    </message>
    <message>
        <source>Renommez l&apos;axe avec F2 ; ajoutez une action avec Ctrl+Maj+N ; déplacez-le avec Ctrl+Maj+Haut / Bas.</source>
        <translation>Rename the axis with F2; add an action with Ctrl+Shift+N; move it with Ctrl+Shift+Up / Down.</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>le fichier ou son dossier n&apos;est pas modifiable (droits d&apos;accès, lecture seule)</source>
        <translation>the file or its folder cannot be written (permissions, read-only)</translation>
    </message>
    <message>
        <source>le fichier est verrouillé par un autre programme</source>
        <translation>the file is locked by another program</translation>
    </message>
    <message>
        <source>le disque ne répond pas (clé USB ou disque réseau retiré ?)</source>
        <translation>the disk does not respond (USB stick or network drive removed?)</translation>
    </message>
    <message>
        <source>le fichier a disparu (déplacé, renommé ou support retiré ?)</source>
        <translation>the file has gone (moved, renamed or its drive removed?)</translation>
    </message>
    <message>
        <source>le serveur ne répond pas (réseau coupé ?)</source>
        <translation>the server does not answer (network down?)</translation>
    </message>
    <message>
        <source>le serveur refuse la connexion (mot de passe, droits)</source>
        <translation>the server refuses the connection (password, rights)</translation>
    </message>
    <message>
        <source>erreur inattendue</source>
        <translation>unexpected error</translation>
    </message>
    <message>
        <source>Vos dernières modifications n&apos;ont pas pu être écrites dans « %1 » : %2.</source>
        <translation>Your latest changes could not be written to “%1”: %2.</translation>
    </message>
    <message>
        <source>Copie enregistrée : vous travaillez maintenant sur %1</source>
        <translation>Copy saved: you are now working on %1</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&amp;Réessayer</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie ailleurs…</source>
        <translation>Save a &amp;copy elsewhere…</translation>
    </message>
    <message>
        <source>&amp;Quitter sans les enregistrer</source>
        <translation>&amp;Quit without saving them</translation>
    </message>
    <message>
        <source>&amp;Continuer à travailler</source>
        <translation>&amp;Keep working</translation>
    </message>
    <message>
        <source>Libérez de la place ou rétablissez l&apos;accès au fichier, puis « Réessayer » ; ou écrivez une copie complète dans un autre dossier.</source>
        <translation>Free some space or restore access to the file, then “Retry”; or write a complete copy to another folder.</translation>
    </message>
    <message>
        <source>Choisissez une partie du bilan dans le plan.</source>
        <translation>Choose a part of the report in the outline.</translation>
    </message>
    <message>
        <source>%1 — MES Desk</source>
        <translation>%1 — MES Desk</translation>
    </message>
    <message>
        <source>Bilan %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ouvrir un espace de travail</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <source>Nouvel espace de travail</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>nouveau-bilan.mesdesk</source>
        <translation>new-report.mesdesk</translation>
    </message>
    <message>
        <source>-copie</source>
        <translation>-copy</translation>
    </message>
    <message>
        <source>Enregistrer une copie sous</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Choisissez un autre nom : ce fichier est celui qui est ouvert.</source>
        <translation>Choose another name: this is the file that is open.</translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite dans « %1 ».</source>
        <translation>The copy could not be written to “%1”.</translation>
    </message>
    <message>
        <source>Choisissez un dossier où vous pouvez écrire.</source>
        <translation>Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Copie enregistrée : %1 (vous continuez à travailler sur %2)</source>
        <translation>Copy saved: %1 (you keep working on %2)</translation>
    </message>
    <message>
        <source>%1 créé.</source>
        <translation>%1 created.</translation>
    </message>
    <message>
        <source>Bi&amp;lan :</source>
        <translation>Rep&amp;ort:</translation>
    </message>
    <message>
        <source>Affic&amp;hage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Re&amp;mplacer…</source>
        <translation>Re&amp;place…</translation>
    </message>
    <message>
        <source>&amp;Relecture du bilan entier</source>
        <translation>&amp;Read through the whole report</translation>
    </message>
    <message>
        <source>Vérification de l&apos;orthographe indisponible : %1</source>
        <translation>Spell checking unavailable: %1</translation>
    </message>
    <message>
        <source>&amp;Versions du bilan…</source>
        <translation>Report &amp;versions…</translation>
    </message>
    <message>
        <source>Garder le bilan tel qu&apos;il est, comparer, restaurer ou exporter une version</source>
        <translation>Keep the report as it is, compare, restore or export a version</translation>
    </message>
    <message>
        <source>Valider cette &amp;section</source>
        <translation>Approve this &amp;section</translation>
    </message>
    <message>
        <source>Comparer avec l&apos;an &amp;dernier</source>
        <translation>Compare with &amp;last year</translation>
    </message>
    <message>
        <source>Choisissez le préambule, une action ou la conclusion à valider.</source>
        <translation>Choose the preamble, an action or the conclusion to approve.</translation>
    </message>
    <message>
        <source>Choisissez le préambule, une action ou la conclusion à comparer.</source>
        <translation>Choose the preamble, an action or the conclusion to compare.</translation>
    </message>
    <message>
        <source>cette partie est emportée hors ligne par quelqu&apos;un ; vos modifications restent à l&apos;écran et seront enregistrées à son retour</source>
        <translation>this section was taken offline by someone; your changes stay on screen and will be saved when it comes back</translation>
    </message>
</context>
<context>
    <name>MeansTab</name>
    <message>
        <source>Ajouter une ligne de &amp;budget</source>
        <translation>Add a &amp;budget line</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Prévu (€)</source>
        <translation>Planned (€)</translation>
    </message>
    <message>
        <source>Réalisé (€)</source>
        <translation>Actual (€)</translation>
    </message>
    <message>
        <source>Explication de l&apos;écart</source>
        <translation>Gap explanation</translation>
    </message>
    <message>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Rôle ou catégorie</source>
        <translation>Role or category</translation>
    </message>
    <message>
        <source>Heures salariées</source>
        <translation>Salaried hours</translation>
    </message>
    <message>
        <source>Heures bénévoles</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Ajouter un financement</source>
        <translation>Add a funding line</translation>
    </message>
    <message>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Obtenu (€)</source>
        <translation>Obtained (€)</translation>
    </message>
    <message>
        <source>Ajouter une contribution en nature</source>
        <translation>Add an in-kind contribution</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Heures ou quantité</source>
        <translation>Hours or quantity</translation>
    </message>
    <message>
        <source>Base de valorisation</source>
        <translation>Valuation basis</translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Nouvelle ligne</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>Ajouter une ligne de moyens</source>
        <translation>Add a means line</translation>
    </message>
    <message>
        <source>Supprimer la ligne de moyens</source>
        <translation>Delete the means line</translation>
    </message>
    <message>
        <source>Ligne supprimée — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Line deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Charges : %1 prévus, %2 réalisés — Produits : %3 prévus, %4 réalisés — Heures : %5 salariées, %6 bénévoles — En nature : %7</source>
        <translation>Expenses: %1 planned, %2 actual — Income: %3 planned, %4 actual — Hours: %5 salaried, %6 volunteer — In kind: %7</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>Nouveau bilan annuel</source>
        <translation>New annual report</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Bilan &amp;vide</source>
        <translation>&amp;Empty report</translation>
    </message>
    <message>
        <source>À &amp;partir de l&apos;année précédente (textes à mettre à jour)</source>
        <translation>From the &amp;previous year (texts to bring up to date)</translation>
    </message>
    <message>
        <source>&amp;Créer</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Chaque année de la convention a déjà son bilan.</source>
        <translation>Every year of the agreement already has its report.</translation>
    </message>
    <message>
        <source>Nouveau bilan</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Le bilan n&apos;a pas pu être créé.</source>
        <translation>The report could not be created.</translation>
    </message>
    <message>
        <source>Bilan %1</source>
        <translation>Report %1</translation>
    </message>
</context>
<context>
    <name>OfflineCommands</name>
    <message>
        <source>Hors &amp;ligne</source>
        <translation>O&amp;ffline</translation>
    </message>
    <message>
        <source>&amp;Emporter pour travailler hors ligne…</source>
        <translation>&amp;Take away to work offline…</translation>
    </message>
    <message>
        <source>&amp;Rapporter…</source>
        <translation>&amp;Bring back…</translation>
    </message>
    <message>
        <source>Emporter hors ligne dans…</source>
        <translation>Take offline into…</translation>
    </message>
    <message>
        <source>Espace de travail (*.mesdesk)</source>
        <translation>Workspace (*.mesdesk)</translation>
    </message>
    <message>
        <source>Emporter hors ligne</source>
        <translation>Take offline</translation>
    </message>
    <message>
        <source>%1 partie(s) emportée(s) dans « %2 » : ouvrez ce fichier pour y travailler, puis « Rapporter… ».</source>
        <translation>%1 part(s) taken to “%2”: open that file to work in it, then “Bring back…”.</translation>
    </message>
    <message>
        <source>Rapporter le travail hors ligne</source>
        <translation>Bring back the offline work</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <source>Travail hors ligne rapporté.</source>
        <translation>Offline work brought back.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <source>Emporter pour travailler hors ligne</source>
        <translation>Take away to work offline</translation>
    </message>
    <message>
        <source>Les parties cochées sont copiées dans un fichier sur cet ordinateur et réservées sur le serveur : les autres peuvent les lire, pas les modifier, jusqu&apos;à ce que vous les rapportiez. Seules ces parties reviennent au serveur.</source>
        <translation>The ticked parts are copied to a file on this computer and reserved on the server: others can read them but not change them until you bring them back. Only these parts go back to the server.</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Couverture et organisation</source>
        <translation>Cover and organisation</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>Conclusion et perspectives</source>
        <translation>Conclusion and outlook</translation>
    </message>
    <message>
        <source>Partenaires et instances</source>
        <translation>Partners and bodies</translation>
    </message>
    <message>
        <source>Sans action (%1)</source>
        <translation>Without an action (%1)</translation>
    </message>
    <message>
        <source>Indicateurs et événements qui n&apos;appartiennent à aucune action : rattachez-les</source>
        <translation>Indicators and events that belong to no action: attach them</translation>
    </message>
    <message>
        <source>%1 — état : %2</source>
        <translation>%1 — status: %2</translation>
    </message>
    <message>
        <source>hors ligne : %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>%1 écrit ici</source>
        <translation>%1 is writing here</translation>
    </message>
    <message>
        <source>%1 lit cette partie</source>
        <translation>%1 is reading this section</translation>
    </message>
    <message>
        <source>%1 a emporté cette partie hors ligne : lecture seule jusqu&apos;à son retour</source>
        <translation>%1 took this section offline: read-only until it comes back</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Emportée hors ligne par %1 : lecture seule jusqu&apos;à son retour.</source>
        <translation>Taken offline by %1: read-only until it comes back.</translation>
    </message>
    <message>
        <source>%1 a emporté cette partie pour la modifier hors ligne : vous pouvez la lire, pas la modifier, jusqu&apos;à ce qu&apos;elle soit rapportée (« Hors ligne › Rapporter… ») ou libérée par un administrateur.</source>
        <translation>%1 took this part away to change it offline: you can read it, not change it, until it is brought back (“Offline › Bring back…”) or freed by an administrator.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Renommer le partenaire</source>
        <translation>Rename the partner</translation>
    </message>
    <message>
        <source>Changer le type du partenaire</source>
        <translation>Change the partner&apos;s kind</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partenaires et instances</source>
        <translation>Partners and bodies</translation>
    </message>
    <message>
        <source>Ceux de la convention, pour tous ses bilans. Cochez ceux de chaque action dans l&apos;onglet « Partenaires et instances » de sa page.</source>
        <translation>Those of the agreement, for all its reports. Tick each action&apos;s own in the “Partners and bodies” tab of its page.</translation>
    </message>
    <message>
        <source>Ajouter un &amp;partenaire</source>
        <translation>Add a &amp;partner</translation>
    </message>
    <message>
        <source>&amp;Supprimer le partenaire</source>
        <translation>&amp;Delete the partner</translation>
    </message>
    <message>
        <source>Ajouter une i&amp;nstance</source>
        <translation>Add a bo&amp;dy</translation>
    </message>
    <message>
        <source>Supprimer l&apos;ins&amp;tance</source>
        <translation>Delete the bod&amp;y</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Pa&amp;rtenaires (%1)</source>
        <translation>Pa&amp;rtners (%1)</translation>
    </message>
    <message>
        <source>&amp;Instances où siège le MES (%1)</source>
        <translation>&amp;Bodies where MES sits (%1)</translation>
    </message>
    <message>
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>Ajouter un partenaire</source>
        <translation>Add a partner</translation>
    </message>
    <message>
        <source>Supprimer le partenaire</source>
        <translation>Delete the partner</translation>
    </message>
    <message>
        <source>Partenaire « %1 » supprimé — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Partner “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Nouvelle instance</source>
        <translation>New body</translation>
    </message>
    <message>
        <source>Ajouter une instance</source>
        <translation>Add a body</translation>
    </message>
    <message>
        <source>Supprimer l&apos;instance</source>
        <translation>Delete the body</translation>
    </message>
    <message>
        <source>Instance « %1 » supprimée — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Body “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Déplacer le partenaire</source>
        <translation>Move the partner</translation>
    </message>
    <message>
        <source>Déplacer l&apos;instance</source>
        <translation>Move the body</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Mot de passe de %1 sur le serveur %2 :</source>
        <translation>Password of %1 on the server %2:</translation>
    </message>
    <message>
        <source>Retenir dans le trousseau du système</source>
        <translation>Remember in the system keyring</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface :</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Nom affiché dans les commentaires :</source>
        <translation>&amp;Name shown in comments:</translation>
    </message>
    <message>
        <source>Le changement s&apos;applique immédiatement ; votre travail en cours est conservé.</source>
        <translation>The change applies at once; your work in progress is kept.</translation>
    </message>
    <message>
        <source>Vérifier l&apos;&amp;orthographe pendant la frappe</source>
        <translation>Check &amp;spelling as you type</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Lecture seule : %1. Rien n&apos;y est enregistré.</source>
        <translation>Read-only: %1. Nothing is saved to it.</translation>
    </message>
    <message>
        <source>Pour modifier ce bilan, enregistrez-en une copie dans un dossier où vous pouvez écrire : la copie s&apos;ouvre à sa place.</source>
        <translation>To edit this report, save a copy of it in a folder you can write to: the copy opens in its place.</translation>
    </message>
    <message>
        <source>Enregistrer une copie &amp;modifiable…</source>
        <translation>Save an &amp;editable copy…</translation>
    </message>
    <message>
        <source>le fichier est sur un support en lecture seule (CD, clé ou partage protégés)</source>
        <translation>the file is on a read-only medium (CD, protected stick or share)</translation>
    </message>
    <message>
        <source>le fichier est protégé en écriture (droits d&apos;accès)</source>
        <translation>the file is write-protected (permissions)</translation>
    </message>
    <message>
        <source>son dossier est protégé en écriture (droits d&apos;accès)</source>
        <translation>its folder is write-protected (permissions)</translation>
    </message>
    <message>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>il a été ouvert en lecture seule</source>
        <translation>it was opened read-only</translation>
    </message>
    <message>
        <source>il ne peut pas être modifié ici</source>
        <translation>it cannot be changed here</translation>
    </message>
</context>
<context>
    <name>ReadThroughWindow</name>
    <message>
        <source>Relecture</source>
        <translation>Read-through</translation>
    </message>
    <message>
        <source>Le bilan tel qu&apos;il sera exporté. Un clic ouvre l&apos;endroit dans l&apos;éditeur.</source>
        <translation>The report as it will be exported. A click opens the place in the editor.</translation>
    </message>
</context>
<context>
    <name>ReplaceBar</name>
    <message>
        <source>Remplacer par…</source>
        <translation>Replace with…</translation>
    </message>
    <message>
        <source>Dans le texte en cours</source>
        <translation>In the current text</translation>
    </message>
    <message>
        <source>Dans l&apos;action en cours</source>
        <translation>In the current action</translation>
    </message>
    <message>
        <source>Dans tout le bilan</source>
        <translation>In the whole report</translation>
    </message>
    <message>
        <source>Respecter la casse</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Respecter les accents</source>
        <translation>Match accents</translation>
    </message>
    <message>
        <source>Mot entier</source>
        <translation>Whole word</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Tout remplacer</source>
        <translation>Replace all</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) à remplacer</source>
        <translation>
            <numerusform>%n occurrence to replace</numerusform>
            <numerusform>%n occurrences to replace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tout remplacer (%n)</source>
        <translation>
            <numerusform>Replace all (%n)</numerusform>
            <numerusform>Replace all (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remplacement(s) — Ctrl+Z pour annuler</source>
        <translation>
            <numerusform>%n replacement — Ctrl+Z to undo</numerusform>
            <numerusform>%n replacements — Ctrl+Z to undo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <source>Importer une relecture Word</source>
        <translation>Import a Word review</translation>
    </message>
    <message>
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Importer la relecture</source>
        <translation>Import the review</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Récit</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Moyens</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Suggestions des relecteurs</source>
        <translation>Reviewers&apos; suggestions</translation>
    </message>
    <message>
        <source>Tout accepter</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>Tout refuser</source>
        <translation>Reject all</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) en attente.</source>
        <translation>
            <numerusform>%n suggestion waiting.</numerusform>
            <numerusform>%n suggestions waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Un clic sur une suggestion mène à ses mots dans le texte.</source>
        <translation>Click a suggestion to see its words in the text.</translation>
    </message>
    <message>
        <source>Cette suggestion ne s&apos;applique plus : ses mots ont changé.</source>
        <translation>This suggestion no longer applies: its words have changed.</translation>
    </message>
    <message>
        <source>Accepter la suggestion</source>
        <translation>Accept the suggestion</translation>
    </message>
    <message>
        <source>Refuser la suggestion</source>
        <translation>Reject the suggestion</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) ne s&apos;appliquent plus : à refuser ou reprendre à la main.</source>
        <translation>
            <numerusform>%n suggestion no longer applies: reject it or apply it by hand.</numerusform>
            <numerusform>%n suggestions no longer apply: reject them or apply them by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Note : {text}
(double-clic pour la modifier)</source>
        <translation>Note: {text}
(double-click to edit it)</translation>
    </message>
    <message>
        <source>{url}
Ctrl+clic pour ouvrir le lien</source>
        <translation>{url}
Ctrl+click to open the link</translation>
    </message>
    <message>
        <source>Modifier la note…</source>
        <translation>Edit the note…</translation>
    </message>
    <message>
        <source>Supprimer la note</source>
        <translation>Delete the note</translation>
    </message>
    <message>
        <source>Ouvrir le lien</source>
        <translation>Open the link</translation>
    </message>
    <message>
        <source>Modifier le lien…</source>
        <translation>Edit the link…</translation>
    </message>
    <message>
        <source>Retirer le lien</source>
        <translation>Remove the link</translation>
    </message>
    <message>
        <source>Insérer un lien…</source>
        <translation>Insert a link…</translation>
    </message>
    <message>
        <source>Insérer une note de bas de page…</source>
        <translation>Insert a footnote…</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>1 caractère</source>
        <translation>1 character</translation>
    </message>
    <message>
        <source>{n} caractères</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>1 mot</source>
        <translation>1 word</translation>
    </message>
    <message>
        <source>{n} mots</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <source>{n} / {target} mots</source>
        <translation>{n} / {target} words</translation>
    </message>
    <message>
        <source>{n} mots de trop par rapport à l’objectif de {target}</source>
        <translation>{n} words over the target of {target}</translation>
    </message>
</context>
<context>
    <name>RichTextIcons</name>
    <message>
        <source>G</source>
        <comment>letter on the Bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>I</source>
        <comment>letter on the Italic button</comment>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>RichTextToolBar</name>
    <message>
        <source>Mise en forme</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Sous-titre intégré</source>
        <translation>Run-in heading</translation>
    </message>
    <message>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Liste numérotée</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Diminuer le niveau</source>
        <translation>Decrease level</translation>
    </message>
    <message>
        <source>Augmenter le niveau</source>
        <translation>Increase level</translation>
    </message>
    <message>
        <source>Lien…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Note de bas de page…</source>
        <translation>Footnote…</translation>
    </message>
    <message>
        <source>Début de paragraphe en gras, suivi du texte : « Public visé. Les jeunes… »</source>
        <translation>Bold start of a paragraph, followed by the text: “Audience. Young people…”</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Ouvrir sur un serveur</source>
        <translation>Open on a server</translation>
    </message>
    <message>
        <source>L&apos;espace de travail partagé est sur un serveur PostgreSQL. Votre administrateur vous a donné ces informations.</source>
        <translation>The shared workspace is on a PostgreSQL server. Your administrator gave you these details.</translation>
    </message>
    <message>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port :</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Base :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Le mot de passe retenu dans le trousseau a été refusé.</source>
        <translation>The password kept in the keyring was refused.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir sur le serveur</source>
        <translation>Cannot open on the server</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être ouvert.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
</context>
<context>
    <name>SharedView</name>
    <message>
        <source>Serveur injoignable : vous pouvez continuer à écrire, tout sera envoyé à son retour.</source>
        <translation>Server unreachable: you can keep writing, everything will be sent when it is back.</translation>
    </message>
    <message>
        <source>Serveur de nouveau joignable : vos modifications sont enregistrées.</source>
        <translation>Server reachable again: your changes are saved.</translation>
    </message>
    <message>
        <source>Modifié par %1.</source>
        <translation>Changed by %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Commande</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Raccourci</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Changer de niveau de puce</source>
        <translation>Change the bullet level</translation>
    </message>
    <message>
        <source>Tab / Maj+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Tableaux : ajouter une ligne</source>
        <translation>Tables: add a row</translation>
    </message>
    <message>
        <source>Inser</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Tableaux : supprimer la ligne</source>
        <translation>Tables: delete the row</translation>
    </message>
    <message>
        <source>Ctrl+Suppr</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Tableaux : déplacer la ligne</source>
        <translation>Tables: move the row</translation>
    </message>
    <message>
        <source>Alt+Haut / Alt+Bas</source>
        <translation>Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>Tableaux : modifier la cellule</source>
        <translation>Tables: edit the cell</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Sans action : rattacher la ligne à une action</source>
        <translation>Without an action: attach the row to an action</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Plan : supprimer l&apos;axe ou l&apos;action</source>
        <translation>Outline: delete the axis or action</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Onglet suivant de la page</source>
        <translation>Next tab of the page</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Mise en forme</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>Action : aller à l&apos;évaluation, au récit, aux moyens</source>
        <translation>Action: go to the evaluation, the narrative, the means</translation>
    </message>
    <message>
        <source>Alt+V / Alt+R / Alt+Y</source>
        <translation>Alt+L / Alt+N / Alt+S</translation>
    </message>
    <message>
        <source>Dates : ouvrir le calendrier</source>
        <translation>Dates: open the calendar</translation>
    </message>
    <message>
        <source>Alt+Bas / F4</source>
        <translation>Alt+Down / F4</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>à actualiser</source>
        <translation>to update</translation>
    </message>
    <message>
        <source>à rédiger</source>
        <translation>to write</translation>
    </message>
    <message>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>validé</source>
        <translation>approved</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Lecture seule : rien n&apos;est enregistré</source>
        <translation>Read-only: nothing is saved</translation>
    </message>
    <message>
        <source>Enregistrement automatique</source>
        <translation>Automatic saving</translation>
    </message>
    <message numerus="yes">
        <source>%1 mots · ≈ %n page(s)</source>
        <translation>
            <numerusform>%1 words · ≈ %n page</numerusform>
            <numerusform>%1 words · ≈ %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source> sur %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>Estimation du nombre de pages du fichier Word exporté (à une page près), d&apos;après la longueur des textes et la mise en page du modèle.</source>
        <translation>Estimated page count of the exported Word file (within one page), from the length of the texts and the template&apos;s layout.</translation>
    </message>
    <message>
        <source>Enregistré à %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>L&apos;enregistrement fonctionne de nouveau : tout est écrit dans « %1 ».</source>
        <translation>Saving works again: everything is written to “%1”.</translation>
    </message>
    <message>
        <source>Non enregistré : %1 — nouvel essai automatique</source>
        <translation>Not saved: %1 — retrying automatically</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Vos dernières modifications n&apos;ont pas pu être écrites dans « %1 » : %2.</source>
        <translation>Your latest changes could not be written to “%1”: %2.</translation>
    </message>
    <message>
        <source>Rien n&apos;est perdu : elles restent à l&apos;écran et l&apos;enregistrement est réessayé toutes les quelques secondes. Libérez de la place ou rétablissez l&apos;accès au fichier, ou utilisez « Enregistrer une copie sous… » pour mettre votre travail à l&apos;abri ailleurs.</source>
        <translation>Nothing is lost: they stay on screen and saving is retried every few seconds. Free some space or restore access to the file, or use “Save a Copy As…” to keep your work safe elsewhere.</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <source>Nouvel axe</source>
        <translation>New axis</translation>
    </message>
    <message>
        <source>Ajouter un axe</source>
        <translation>Add an axis</translation>
    </message>
    <message>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>Renommer l&apos;axe</source>
        <translation>Rename the axis</translation>
    </message>
    <message>
        <source>Renommer l&apos;action</source>
        <translation>Rename the action</translation>
    </message>
    <message>
        <source>Déplacer l&apos;axe</source>
        <translation>Move the axis</translation>
    </message>
    <message>
        <source>Déplacer l&apos;action</source>
        <translation>Move the action</translation>
    </message>
    <message>
        <source>Supprimer l&apos;axe</source>
        <translation>Delete the axis</translation>
    </message>
    <message>
        <source>Supprimer l&apos;axe « %1 » et ses %2 actions, avec leurs textes de tous les bilans ?</source>
        <translation>Delete the axis “%1” and its %2 actions, with their texts in every report?</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vous pourrez l&apos;annuler avec Ctrl+Z.</source>
        <translation>You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Axe « %1 » supprimé — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Axis “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action</source>
        <translation>Delete the action</translation>
    </message>
    <message>
        <source>Action « %1 » supprimée — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Action “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Ses indicateurs et événements sont dans « Sans action ».</source>
        <translation>Its indicators and events are under “Without an action”.</translation>
    </message>
    <message>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
    <message>
        <source>%1 est en train d&apos;écrire dans « %2 » : cette partie ne peut pas être supprimée pendant ce temps. Réessayez quand il ou elle aura fini, ou demandez-lui.</source>
        <translation>%1 is writing in “%2”: this section cannot be deleted meanwhile. Try again when they are done, or ask them.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Ne s&apos;applique plus : ces mots ont changé depuis. Refusez-la, ou reprenez-la à la main.</source>
        <translation>No longer applies: these words have changed since. Reject it, or apply it by hand.</translation>
    </message>
    <message>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Refuser</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>auteur inconnu</source>
        <translation>unknown author</translation>
    </message>
    <message>
        <source>%1 · %2 · modifié sans suivi</source>
        <translation>%1 · %2 · changed without tracking</translation>
    </message>
    <message>
        <source>insertion</source>
        <translation>insertion</translation>
    </message>
    <message>
        <source>suppression</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>remplacement</source>
        <translation>replacement</translation>
    </message>
</context>
<context>
    <name>SyncedFolder</name>
    <message>
        <source>Dossier synchronisé</source>
        <translation>Synced folder</translation>
    </message>
    <message>
        <source>« %1 » est dans un dossier synchronisé par %2 (%3).</source>
        <translation>“%1” is in a folder synced by %2 (%3).</translation>
    </message>
    <message>
        <source>Enregistrer une copie ailleurs…</source>
        <translation>Save a copy elsewhere…</translation>
    </message>
    <message>
        <source>Continuer ici</source>
        <translation>Keep it here</translation>
    </message>
    <message>
        <source>Un espace de travail est une base de données ouverte tant que vous travaillez : le service de synchronisation peut en envoyer une copie incomplète ou remettre une version plus ancienne, et le bilan s&apos;en trouve abîmé. Gardez-le dans un dossier de cet ordinateur et déposez dans le dossier partagé les documents Word et Excel exportés. Ce message ne sera plus affiché pour ce fichier.</source>
        <translation>A workspace is a database that stays open while you work: the sync service may upload an incomplete copy of it or bring back an older version, and the report gets damaged. Keep it in a folder on this computer and put the exported Word and Excel documents in the shared folder. This message will not be shown again for this file.</translation>
    </message>
    <message>
        <source>Où garder l&apos;espace de travail ?</source>
        <translation>Where should the workspace be kept?</translation>
    </message>
    <message>
        <source>« %1 » est aussi dans un dossier synchronisé : l&apos;espace de travail reste où il est.</source>
        <translation>“%1” is a synced folder too: the workspace stays where it is.</translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être écrite dans « %1 ».</source>
        <translation>The copy could not be written to “%1”.</translation>
    </message>
    <message>
        <source>Vous travaillez maintenant sur %1. L&apos;original reste dans %2 : supprimez-le quand vous voudrez.</source>
        <translation>You are now working on %1. The original stays in %2: remove it when you like.</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Supprimer la ligne</source>
        <translation>&amp;Delete the row</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>UnassignedEventsModel</name>
    <message>
        <source>Rattacher l&apos;événement</source>
        <translation>Attach the event</translation>
    </message>
</context>
<context>
    <name>UnassignedIndicatorsModel</name>
    <message>
        <source>Rattacher l&apos;indicateur</source>
        <translation>Attach the indicator</translation>
    </message>
</context>
<context>
    <name>UnassignedPage</name>
    <message>
        <source>Indicateurs et événements sans action</source>
        <translation>Indicators and events without an action</translation>
    </message>
    <message>
        <source>Ils n&apos;appartiennent à aucune action (la leur a été supprimée, ou ils ont été importés ainsi) et n&apos;apparaissent donc dans aucune partie du bilan. Choisissez leur action dans la colonne « Action » (F2), ou supprimez-les.</source>
        <translation>They belong to no action (theirs was deleted, or they were imported so) and therefore appear in no part of the report. Choose their action in the “Action” column (F2), or delete them.</translation>
    </message>
    <message>
        <source>(à choisir)</source>
        <translation>(to choose)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Supprimer l&apos;indicateur</source>
        <translation>&amp;Delete the indicator</translation>
    </message>
    <message>
        <source>&amp;Rattacher à une action…</source>
        <translation>&amp;Attach to an action…</translation>
    </message>
    <message>
        <source>Supprimer l&apos;é&amp;vénement</source>
        <translation>Delete the e&amp;vent</translation>
    </message>
    <message>
        <source>Ra&amp;ttacher à une action…</source>
        <translation>A&amp;ttach to an action…</translation>
    </message>
    <message>
        <source>Tous les indicateurs et événements du bilan appartiennent à une action.</source>
        <translation>Every indicator and event of the report belongs to an action.</translation>
    </message>
    <message>
        <source>&amp;Indicateurs (%1)</source>
        <translation>&amp;Indicators (%1)</translation>
    </message>
    <message>
        <source>É&amp;vénements du bilan %1 (%2)</source>
        <translation>E&amp;vents of the %1 report (%2)</translation>
    </message>
    <message>
        <source>Supprimer l&apos;indicateur</source>
        <translation>Delete the indicator</translation>
    </message>
    <message>
        <source>Indicateur « %1 » supprimé — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Indicator “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Supprimer l&apos;événement</source>
        <translation>Delete the event</translation>
    </message>
    <message>
        <source>Événement « %1 » supprimé — Ctrl+Z pour l&apos;annuler.</source>
        <translation>Event “%1” deleted — Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>ValuationForm</name>
    <message>
        <source>SMIC + charges</source>
        <translation>minimum wage + charges</translation>
    </message>
    <message>
        <source>salaire de référence</source>
        <translation>reference salary</translation>
    </message>
    <message>
        <source>Méthode de valorisation du bénévolat, en toutes lettres</source>
        <translation>Volunteer valuation method, in words</translation>
    </message>
    <message>
        <source>Bénévolat valorisé au :</source>
        <translation>Volunteering valued at:</translation>
    </message>
    <message>
        <source>= %1 €/h</source>
        <translation>= €%1/h</translation>
    </message>
    <message>
        <source> (SMIC %1 €)</source>
        <translation> (minimum wage €%1)</translation>
    </message>
    <message>
        <source>Valorisation du bénévolat</source>
        <translation>Volunteer valuation</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Version « %1 » du %2</source>
        <translation>Version “%1” of %2</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Bilan %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>Pas de bilan d&apos;une année précédente à comparer.</source>
        <translation>No report of an earlier year to compare with.</translation>
    </message>
    <message>
        <source>Comparer avec l&apos;an dernier</source>
        <translation>Compare with last year</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Garder cette version…</source>
        <translation>&amp;Keep this version…</translation>
    </message>
    <message>
        <source>Garde le bilan tel qu&apos;il est maintenant, sous un nom</source>
        <translation>Keeps the report as it is now, under a name</translation>
    </message>
    <message>
        <source>&amp;Comparer avec aujourd&apos;hui</source>
        <translation>&amp;Compare with today</translation>
    </message>
    <message>
        <source>Re&amp;nommer…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Exporter cette version…</source>
        <translation>&amp;Export this version…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) gardée(s) de ce bilan :</source>
        <translation>
            <numerusform>%n version kept of this report:</numerusform>
            <numerusform>%n versions kept of this report:</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune version gardée. « Garder cette version » conserve le bilan tel qu&apos;il est maintenant (avant un envoi au conseil, par exemple).</source>
        <translation>No version kept. “Keep this version” keeps the report as it is now (before sending it to the board, for example).</translation>
    </message>
    <message>
        <source>Version du %1</source>
        <translation>Version of %1</translation>
    </message>
    <message>
        <source>Garder cette version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <source>Nom de la version (par exemple « envoyée au CA le 3 mars ») :</source>
        <translation>Name of the version (for example “sent to the board on 3 March”):</translation>
    </message>
    <message>
        <source>Garder la version « %1 »</source>
        <translation>Keep the version “%1”</translation>
    </message>
    <message>
        <source>Version « %1 » gardée.</source>
        <translation>Version “%1” kept.</translation>
    </message>
    <message>
        <source>Renommer la version</source>
        <translation>Rename the version</translation>
    </message>
    <message>
        <source>Nouveau nom :</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Supprimer la version « %1 »</source>
        <translation>Delete the version “%1”</translation>
    </message>
    <message>
        <source>Version supprimée — Ctrl+Z pour l&apos;annuler</source>
        <translation>Version deleted — Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>Comparer « %1 » avec aujourd&apos;hui</source>
        <translation>Compare “%1” with today</translation>
    </message>
    <message>
        <source>Exporter cette version</source>
        <translation>Export this version</translation>
    </message>
    <message>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>La version n&apos;a pas pu être exportée : %1</source>
        <translation>The version could not be exported: %1</translation>
    </message>
    <message>
        <source>Version « %1 » exportée : %2</source>
        <translation>Version “%1” exported: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>Espaces de travail MES Desk (*.mesdesk);;Tous les fichiers (*)</source>
        <translation>MES Desk workspaces (*.mesdesk);;All files (*)</translation>
    </message>
    <message>
        <source>« %1 » a été enregistré par une version plus récente de MES Desk.</source>
        <translation>“%1” was saved by a newer version of MES Desk.</translation>
    </message>
    <message>
        <source>Installez la dernière version de MES Desk pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</source>
        <translation>Install the latest version of MES Desk to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>« %1 » est endommagé et ne peut pas être ouvert.</source>
        <translation>“%1” is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>Ouvrez une sauvegarde (fichier .bak.mesdesk à côté de lui) ou une copie récente.</source>
        <translation>Open a backup (.bak.mesdesk file next to it) or a recent copy.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un espace de travail MES Desk.</source>
        <translation>“%1” is not a MES Desk workspace.</translation>
    </message>
    <message>
        <source>Choisissez un fichier .mesdesk. Pour reprendre un bilan Word, utilisez l&apos;import.</source>
        <translation>Choose a .mesdesk file. To start from a Word report, use the import.</translation>
    </message>
    <message>
        <source>« %1 » est introuvable.</source>
        <translation>“%1” cannot be found.</translation>
    </message>
    <message>
        <source>Le fichier a peut-être été déplacé ou renommé.</source>
        <translation>The file may have been moved or renamed.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être ouvert : le disque est plein.</source>
        <translation>“%1” cannot be opened: the disk is full.</translation>
    </message>
    <message>
        <source>Libérez de la place sur le disque puis rouvrez-le. Le fichier lui-même est intact.</source>
        <translation>Free some space on the disk, then open it again. The file itself is intact.</translation>
    </message>
    <message>
        <source>« %1 » est en cours d&apos;écriture par un autre programme.</source>
        <translation>“%1” is being written by another program.</translation>
    </message>
    <message>
        <source>Attendez qu&apos;il ait fini (une synchronisation, une copie) puis rouvrez-le.</source>
        <translation>Wait until it is done (a sync, a copy), then open it again.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être lu : le disque ne répond pas.</source>
        <translation>“%1” cannot be read: the disk does not answer.</translation>
    </message>
    <message>
        <source>Rebranchez la clé USB ou le disque réseau, puis rouvrez-le. Le fichier n&apos;a pas été modifié.</source>
        <translation>Plug the USB stick or network drive back in, then open it again. The file was not changed.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être modifié ici.</source>
        <translation>“%1” cannot be changed here.</translation>
    </message>
    <message>
        <source>Copiez-le dans un dossier où vous pouvez écrire (vos documents), puis ouvrez la copie.</source>
        <translation>Copy it to a folder you can write to (your documents), then open the copy.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être lu (droits d&apos;accès).</source>
        <translation>“%1” cannot be read (access rights).</translation>
    </message>
    <message>
        <source>Vérifiez les droits du fichier ou copiez-le dans vos documents.</source>
        <translation>Check the rights on the file, or copy it into your documents.</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être ouvert.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
    <message>
        <source>Fichier déjà ouvert</source>
        <translation>File already open</translation>
    </message>
    <message>
        <source>« %1 » est déjà ouvert dans une autre fenêtre MES Desk (%2).</source>
        <translation>“%1” is already open in another MES Desk window (%2).</translation>
    </message>
    <message>
        <source>Ouvrir quand même</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Si les deux fenêtres modifient le bilan, des modifications peuvent être perdues. Ouvrez-le quand même seulement si l&apos;autre fenêtre est fermée ou bloquée.</source>
        <translation>If both windows change the report, changes may be lost. Open it anyway only if the other window is closed or frozen.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Bilan %1</source>
        <translation>Report %1</translation>
    </message>
</context>
</TS>
