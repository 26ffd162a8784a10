<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DisplayTransform</name>
    <message>
        <location filename="../ui/DisplayTransform.cpp" line="+17" />
        <source>The color configuration could not be loaded (%1); frames are shown as they are.</source>
        <translation>La configuration des couleurs n’a pas pu être chargée (%1) ; les images sont affichées telles quelles.</translation>
    </message>
</context>
<context>
    <name>MediaError</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is not a video or image that can be read</source>
        <translation>ce n'est pas une vidéo ni une image lisible</translation>
    </message>
    <message>
        <source>its video codec (%1) is not supported</source>
        <translation>son codec vidéo (%1) n'est pas pris en charge</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
</context>
<context>
    <name>OtioExport</name>
    <message>
        <location filename="../app/core/OtioExport.cpp" line="+58" />
        <source>cannot write '%1': %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="+48" />
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <location line="+0" />
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+23" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+33" />
        <source>%1 min %2 s left</source>
        <translation>encore %1 min %2 s</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+34" />
        <source>Seed %1 · %2 steps · guidance %3 · %4 frames · %5×%6
Prompt: %7
Model: %8 · %9 s</source>
        <translation>Graine %1 · %2 étapes · guidage %3 · %4 images · %5×%6
Prompt : %7
Modèle : %8 · %9 s</translation>
    </message>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="+72" />
        <source>AI-generated</source>
        <translation>Généré par IA</translation>
    </message>
    <message>
        <location filename="../app/core/Studio.cpp" line="+36" />
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generating</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Shot %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.cpp" line="+19" />
        <source>Duplicate shot</source>
        <translation>Dupliquer le plan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete shot</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Move shot</source>
        <translation>Déplacer le plan</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Set active take</source>
        <translation>Définir la prise active</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add take</source>
        <translation>Ajouter une prise</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>Supprimer la prise</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove from media bin</source>
        <translation>Retirer du chutier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Set in and out</source>
        <translation>Définir l’entrée et la sortie</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change project settings</source>
        <translation>Modifier les réglages du projet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Relink media</source>
        <translation>Relier le média</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.h" line="+16" />
        <source>Add shot</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Edit shot</source>
        <translation>Modifier le plan</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>it is not a Shotcraft project</source>
        <translation>ce n'est pas un projet Shotcraft</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>le fichier est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Shotcraft; update to open it</source>
        <translation>il a été enregistré par une version plus récente de Shotcraft ; mettez à jour pour l'ouvrir</translation>
    </message>
    <message>
        <source>another Shotcraft is using it</source>
        <translation>un autre Shotcraft l'utilise</translation>
    </message>
    <message>
        <source>it cannot be written (read-only)</source>
        <translation>il ne peut pas être écrit (lecture seule)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>TakeMedia</name>
    <message>
        <location filename="../app/core/TakeMedia.cpp" line="+19" />
        <source>a take needs at least one frame</source>
        <translation>une prise doit contenir au moins une image</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <location line="-7" />
        <source>cannot read the encoded take back: %1</source>
        <translation>impossible de relire la prise encodée : %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot write a temporary clip: %1</source>
        <translation>impossible d’écrire un clip temporaire : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28" />
        <source>A local studio for authoring AI-generated video</source>
        <translation>Un studio local pour créer de la vidéo générée par IA</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A .shotcraft project to open</source>
        <translation>Un projet .shotcraft à ouvrir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit after &lt;ms&gt; milliseconds, printing what started (a start-up check)</source>
        <translation>Quitter après &lt;ms&gt; millisecondes en affichant ce qui a démarré (vérification de démarrage)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Shotcraft did not close cleanly last time; %1 was reopened. Every edit was saved as it was made.</source>
        <translation>Shotcraft ne s’est pas fermé correctement la dernière fois ; %1 a été rouvert. Chaque modification a été enregistrée immédiatement.</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::ExportJob</name>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="-42" />
        <source>open a project first</source>
        <translation>ouvrez d’abord un projet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the sequence has no shots to export</source>
        <translation>la séquence n’a aucun plan à exporter</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a shot to export was deleted</source>
        <translation>un plan à exporter a été supprimé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shot %1 has no take yet: generate it or leave it out</source>
        <translation>le plan %1 n’a pas encore de prise : générez-le ou laissez-le de côté</translation>
    </message>
    <message>
        <location line="+66" />
        <source>cannot create the folder '%1'</source>
        <translation>impossible de créer le dossier « %1 »</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Shot %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué : %1</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::Studio</name>
    <message>
        <location filename="../app/core/Studio.cpp" line="-18" />
        <source>cannot read '%1': %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>The preferences apply now but could not be saved for the next start: '%1' cannot be written</source>
        <translation>Les préférences s'appliquent dès maintenant mais n'ont pas pu être enregistrées pour le prochain démarrage : impossible d'écrire '%1'</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The model could not be loaded: %1</source>
        <translation>Le modèle n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 could not be generated: %2</source>
        <translation>%1 n’a pas pu être généré : %2</translation>
    </message>
    <message>
        <location line="+71" />
        <source>no project is open</source>
        <translation>aucun projet n’est ouvert</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The change was not made: %1</source>
        <translation>La modification n’a pas été faite : %1</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+12" />
        <location line="+6" />
        <location line="+185" />
        <location line="+60" />
        <source>open or create a project first</source>
        <translation>ouvrez ou créez d’abord un projet</translation>
    </message>
    <message>
        <location line="-289" />
        <source>cannot import '%1': the file does not exist</source>
        <translation>impossible d’importer « %1 » : le fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot import '%1': it is not a file</source>
        <translation>impossible d’importer « %1 » : ce n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot import '%1': %2</source>
        <translation>impossible d’importer « %1 » : %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot import '%1': the project could not be written</source>
        <translation>impossible d’importer « %1 » : le projet n’a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot import a file: %1</source>
        <translation>impossible d’importer un fichier : %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>no such media in the project</source>
        <translation>ce média n’existe pas dans le projet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot relink to '%1': %2</source>
        <translation>impossible de relier à « %1 » : %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the take no longer exists</source>
        <translation>la prise n’existe plus</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the take's clip cannot be decoded: %1</source>
        <translation>le clip de la prise ne peut pas être décodé : %1</translation>
    </message>
    <message>
        <location line="+51" />
        <source>this mode needs a previous shot on the timeline</source>
        <translation>ce mode a besoin d’un plan précédent dans la timeline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this mode needs a next shot on the timeline</source>
        <translation>ce mode a besoin d’un plan suivant dans la timeline</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shot %1 (the previous shot) has no take yet: generate it first</source>
        <translation>le plan %1 (le plan précédent) n’a pas encore de prise : générez-le d’abord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shot %1 (the next shot) has no take yet: generate it first</source>
        <translation>le plan %1 (le plan suivant) n’a pas encore de prise : générez-le d’abord</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the source clip was removed from the project</source>
        <translation>le clip source a été retiré du projet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the source clip '%1' is missing: relink it in the Media bin</source>
        <translation>le clip source « %1 » est introuvable : reliez-le dans le chutier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the source clip cannot be read: %1</source>
        <translation>le clip source ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the source shot was deleted</source>
        <translation>le plan source a été supprimé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the source shot has no take yet: generate it first</source>
        <translation>le plan source n’a pas encore de prise : générez-le d’abord</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+61" />
        <source>the shot no longer exists</source>
        <translation>le plan n’existe plus</translation>
    </message>
    <message>
        <location line="-36" />
        <source>choose a still for this shot: drop one from the Media bin on the shot or on Source</source>
        <translation>choisissez une image fixe pour ce plan : déposez-en une depuis le chutier sur le plan ou sur Source</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the still '%1' is missing: relink it in the Media bin</source>
        <translation>l’image fixe « %1 » est introuvable : reliez-la dans le chutier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the still cannot be read: %1</source>
        <translation>l’image fixe ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>choose a clip to restyle: drop one from the Media bin or a shot from the timeline on Source</source>
        <translation>choisissez un clip à restyliser : déposez-en un depuis le chutier, ou un plan depuis la timeline, sur Source</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no model is loaded</source>
        <translation>aucun modèle n’est chargé</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(no prompt)</source>
        <translation>(pas de prompt)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The shot was deleted before its take finished; the take was not kept.</source>
        <translation>Le plan a été supprimé avant la fin de sa prise ; la prise n’a pas été conservée.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The take of %1 could not be saved: %2</source>
        <translation>La prise de %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the generation returned no frames</source>
        <translation>la génération n’a renvoyé aucune image</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the take's shot is not in the project</source>
        <translation>le plan de la prise n’est pas dans le projet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate %1</source>
        <translation>Générer %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the take could not be saved in the project</source>
        <translation>la prise n’a pas pu être enregistrée dans le projet</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::CompareDialog</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+16" />
        <source>Compare takes</source>
        <translation>Comparer des prises</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Take %1&lt;/b&gt; of shot %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Prise %1&lt;/b&gt; du plan %2&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Play both</source>
        <translation>Lire les deux</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+21" />
        <location line="+27" />
        <location line="+2" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-27" />
        <source>MP4 (H.264) — for delivery</source>
        <translation>MP4 (H.264) — pour la diffusion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MOV (ProRes 422 HQ) — for editing</source>
        <translation>MOV (ProRes 422 HQ) — pour le montage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG sequence — for compositing</source>
        <translation>Séquence PNG — pour le compositing</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The whole sequence</source>
        <translation>Toute la séquence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The selected shot</source>
        <translation>Le plan sélectionné</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Original size</source>
        <translation>Taille d’origine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1× larger</source>
        <translation>%1× plus grand</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show an “AI-generated” label in the picture</source>
        <translation>Afficher une mention « Généré par IA » dans l’image</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also write an OpenTimelineIO timeline (.otio) with one clip per shot</source>
        <translation>Écrire aussi une timeline OpenTimelineIO (.otio) avec un clip par plan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Remplacer ?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 existe déjà dans %2. Le remplacer ?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="-11" />
        <source>Text to video</source>
        <translation>Texte vers vidéo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A new clip from the prompt alone</source>
        <translation>Un nouveau clip à partir du seul prompt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From a still</source>
        <translation>À partir d’une image fixe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source still becomes the first frame</source>
        <translation>L’image fixe source devient la première image</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue previous shot</source>
        <translation>Prolonger le plan précédent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that carry on from the end of the previous shot (or the source)</source>
        <translation>De nouvelles images qui prolongent la fin du plan précédent (ou de la source)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead into next shot</source>
        <translation>Amener au plan suivant</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that lead into the start of the next shot (or the source)</source>
        <translation>De nouvelles images qui mènent au début du plan suivant (ou de la source)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect neighbours</source>
        <translation>Relier les voisins</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames from the end of the previous shot into the start of the next</source>
        <translation>De nouvelles images de la fin du plan précédent au début du suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A clip whose end flows back into its start</source>
        <translation>Un clip dont la fin revient en douceur à son début</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restyle a clip</source>
        <translation>Restyliser un clip</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source clip redrawn under the prompt; strength sets how far it may change</source>
        <translation>Le clip source redessiné selon le prompt ; l’intensité fixe jusqu’où il peut changer</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Describe the shot, e.g. “a red circle moving left on a night sky”</source>
        <translation>Décrivez le plan, par ex. « a red circle moving left on a night sky »</translation>
    </message>
    <message>
        <location line="+8" />
        <source>What to avoid (optional)</source>
        <translation>Ce qu’il faut éviter (facultatif)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The random seed: the same seed and settings give the same take</source>
        <translation>La graine aléatoire : la même graine et les mêmes réglages donnent la même prise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked: every generation uses this seed (variations use the next ones). Unlocked: a new seed each time.</source>
        <translation>Verrouillée : chaque génération utilise cette graine (les variantes les suivantes). Déverrouillée : une nouvelle graine à chaque fois.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a new seed</source>
        <translation>Tirer une nouvelle graine</translation>
    </message>
    <message>
        <location line="+3" />
        <source> frames</source>
        <translation> images</translation>
    </message>
    <message>
        <location line="+5" />
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Denoising steps: more is slower and usually cleaner</source>
        <translation>Étapes de débruitage : plus c’est lent, plus c’est propre en général</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How strongly the prompt steers the picture (1 = not at all)</source>
        <translation>À quel point le prompt oriente l’image (1 = pas du tout)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restyle: how far the clip may move from its source (1 = a new clip)</source>
        <translation>Restylisation : jusqu’où le clip peut s’éloigner de sa source (1 = un nouveau clip)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 take</source>
        <translation>1 prise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 variations</source>
        <translation>2 variantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 variations</source>
        <translation>4 variantes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+187" />
        <source>Queue this shot for generation (Ctrl+Enter)</source>
        <translation>Mettre ce plan en file de génération (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Select a shot on the timeline to edit it.</source>
        <translation>Sélectionnez un plan dans la timeline pour le modifier.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit prompt</source>
        <translation>Modifier le prompt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not known to the model (ignored): %1</source>
        <translation>Inconnu du modèle (ignoré) : %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change mode</source>
        <translation>Modifier le mode</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change seed</source>
        <translation>Modifier la graine</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lock seed</source>
        <translation>Verrouiller la graine</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unlock seed</source>
        <translation>Déverrouiller la graine</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New seed</source>
        <translation>Nouvelle graine</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change duration</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change frame rate</source>
        <translation>Modifier la cadence</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change size</source>
        <translation>Modifier la taille</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change steps</source>
        <translation>Modifier les étapes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change guidance</source>
        <translation>Modifier le guidage</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change strength</source>
        <translation>Modifier l’intensité</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Still: %1</source>
        <translation>Image fixe : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Clip: %1</source>
        <translation>Clip : %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+103" />
        <source>Shot %1's take</source>
        <translation>Prise du plan %1</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Import stills or clips in the Media bin first</source>
        <translation>Importez d’abord des images fixes ou des clips dans le chutier</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Edit shot</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Set source</source>
        <translation>Définir la source</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Shot %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>= %1 s</source>
        <translation>= %1 s</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(removed media)</source>
        <translation>(média retiré)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> — missing, relink it in the Media bin</source>
        <translation> — introuvable, reliez-le dans le chutier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(deleted shot)</source>
        <translation>(plan supprimé)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drop a still here</source>
        <translation>Déposez une image fixe ici</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop a clip or a shot here</source>
        <translation>Déposez un clip ou un plan ici</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous shot</source>
        <translation>Le plan précédent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next shot</source>
        <translation>Le plan suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous and next shots</source>
        <translation>Les plans précédent et suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None needed</source>
        <translation>Aucune nécessaire</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::JobRow</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+23" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry with the same settings</source>
        <translation>Réessayer avec les mêmes réglages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run earlier</source>
        <translation>Exécuter plus tôt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run later</source>
        <translation>Exécuter plus tard</translation>
    </message>
    <message>
        <source>Done: take %1 of shot %2</source>
        <translation>Terminé : prise %1 du plan %2</translation>
    </message>
    <message>
        <source>Double-click to show this take</source>
        <translation>Double-cliquez pour afficher cette prise</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Place in the queue (1 runs next)</source>
        <translation>Place dans la file (1 passe ensuite)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Seed %1</source>
        <translation>Graine %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done: a new take</source>
        <translation>Terminé : une nouvelle prise</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+39" />
        <source>Shotcraft projects (*.shotcraft)</source>
        <translation>Projets Shotcraft (*.shotcraft)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Shot %1 has a new take</source>
        <translation>Le plan %1 a une nouvelle prise</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Zoom the timeline (Ctrl+wheel)</source>
        <translation>Zoomer la timeline (Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag a card to reorder it, its right edge to change its length; drop media on a card to use it.</source>
        <translation>Faites glisser une carte pour la déplacer, son bord droit pour changer sa durée ; déposez un média sur une carte pour l’utiliser.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Media bin</source>
        <translation>Chutier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takes</source>
        <translation>Prises</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project could not be saved as %1: %2</source>
        <translation>Le projet n’a pas pu être enregistré sous %1 : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Import Media…</source>
        <translation>&amp;Importer des médias…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Shot</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Shot</source>
        <translation>&amp;Ajouter un plan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Duplicate Shot</source>
        <translation>&amp;Dupliquer le plan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+6" />
        <source>De&amp;lete Shot</source>
        <translation>&amp;Supprimer le plan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate 4 &amp;Variations</source>
        <translation>Générer 4 &amp;variantes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel All Generations</source>
        <translation>&amp;Annuler toutes les générations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Play / Pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Backward</source>
        <translation>Lire en &amp;arrière</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Stop</source>
        <translation>&amp;Arrêt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Forward</source>
        <translation>Lire en a&amp;vant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous Frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Start</source>
        <translation>Aller au début</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to End</source>
        <translation>Aller à la fin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set &amp;In</source>
        <translation>Définir l’&amp;entrée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;Out</source>
        <translation>Définir la &amp;sortie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear In and Out</source>
        <translation>Effacer l’entrée et la sortie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alt+X</source>
        <translation>Alt+X</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom Timeline &amp;In</source>
        <translation>Zoom &amp;avant sur la timeline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom Timeline &amp;Out</source>
        <translation>Zoom a&amp;rrière sur la timeline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+14" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Shot</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Shotcraft</source>
        <translation>À &amp;propos de Shotcraft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About Shotcraft</source>
        <translation>À propos de Shotcraft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;A local studio for authoring AI-generated video, shot by shot.&lt;/p&gt;&lt;p&gt;Model: %2 on %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;Un studio local pour créer de la vidéo générée par IA, plan par plan.&lt;/p&gt;&lt;p&gt;Modèle : %2 sur %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Create or open a project first (File ▸ New Project).</source>
        <translation>Créez ou ouvrez d’abord un projet (Fichier ▸ Nouveau projet).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Select a shot to generate.</source>
        <translation>Sélectionnez un plan à générer.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Queued. The model does not know these words and ignores them: %1</source>
        <translation>En file. Le modèle ne connaît pas ces mots et les ignore : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Queued %n generation(s)</source>
        <translation><numerusform>%n génération mise en file</numerusform><numerusform>%n générations mises en file</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shot %1 cannot be generated: %2</source>
        <translation>Le plan %1 ne peut pas être généré : %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 could not be opened: %2</source>
        <translation>%1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The project could not be created: %1</source>
        <translation>Le projet n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Exported %1 and %2</source>
        <translation>%1 et %2 exportés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Model: %1 (%2)</source>
        <translation>Modèle : %1 (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 — Shotcraft</source>
        <translation>%1 — Shotcraft</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Shotcraft</source>
        <translation>Shotcraft</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Generations are running</source>
        <translation>Des générations sont en cours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit and cancel the queued generations? Finished takes are already saved.</source>
        <translation>Quitter et annuler les générations en file ? Les prises terminées sont déjà enregistrées.</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MediaBinPanel</name>
    <message>
        <location filename="../ui/MediaBinPanel.cpp" line="+83" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import stills and clips (or drop files here)</source>
        <translation>Importer des images fixes et des clips (ou déposer des fichiers ici)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop stills and clips here</source>
        <translation>Déposez images fixes et clips ici</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Use as the shot's source</source>
        <translation>Utiliser comme source du plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relink…</source>
        <translation>Relier…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove from project</source>
        <translation>Retirer du projet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import media</source>
        <translation>Importer des médias</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stills and clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Images fixes et clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Relink media</source>
        <translation>Relier le média</translation>
    </message>
    <message>
        <location line="+31" />
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is missing: double-click to relink it.
</source>
        <translation>Le fichier est introuvable : double-cliquez pour le relier.
</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+14" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic (CUDA when available)</source>
        <translation>Automatique (CUDA si disponible)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic (%1 of %2 cores)</source>
        <translation>Automatique (%1 cœurs sur %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The built-in model</source>
        <translation>Le modèle intégré</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shipped configuration</source>
        <translation>La configuration fournie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MP4 (H.264)</source>
        <translation>MP4 (H.264)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MOV (ProRes)</source>
        <translation>MOV (ProRes)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG sequence</source>
        <translation>Séquence PNG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label exported frames “AI-generated”</source>
        <translation>Marquer les images exportées « Généré par IA »</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generation threads</source>
        <translation>Threads de génération</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Shotcraft models (*.shotcraft-model manifest.json)</source>
        <translation>Modèles Shotcraft (*.shotcraft-model manifest.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OCIO config</source>
        <translation>Configuration OCIO</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OpenColorIO config</source>
        <translation>Configuration OpenColorIO</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OCIO configs (*.ocio)</source>
        <translation>Configurations OCIO (*.ocio)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export format</source>
        <translation>Format d’exportation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::QueuePanel</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+32" />
        <source>Nothing queued. Select a shot and press Generate (Ctrl+Enter).</source>
        <translation>File vide. Sélectionnez un plan et cliquez sur Générer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear finished</source>
        <translation>Retirer les terminés</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::SourceField</name>
    <message>
        <location filename="../ui/SourceField.cpp" line="+17" />
        <source>Drop a still, a clip or a shot here, or Choose one: the mode changes to the one that uses it.</source>
        <translation>Déposez ici une image fixe, un clip ou un plan, ou choisissez-en un : le mode devient celui qui l’utilise.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TakesPanel</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+46" />
        <source>Use take</source>
        <translation>Utiliser la prise</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the selected take the one the sequence plays and exports</source>
        <translation>Faire de la prise sélectionnée celle que la séquence lit et exporte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use settings</source>
        <translation>Reprendre les réglages</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the take's prompt, seed (locked) and settings to the shot</source>
        <translation>Copier dans le plan le prompt, la graine (verrouillée) et les réglages de la prise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare two selected takes (or the selected and the active one) side by side</source>
        <translation>Comparer côte à côte deux prises sélectionnées (ou la sélectionnée et l’active)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>Supprimer la prise</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete takes</source>
        <translation>Supprimer les prises</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Use take settings</source>
        <translation>Reprendre les réglages de la prise</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Select a shot to see its takes.</source>
        <translation>Sélectionnez un plan pour voir ses prises.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No takes yet: generate this shot.</source>
        <translation>Pas encore de prise : générez ce plan.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take %1 ★</source>
        <translation>Prise %1 ★</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Take %1</source>
        <translation>Prise %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
(the active take)</source>
        <translation>
(la prise active)</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TimelineView</name>
    <message>
        <location filename="../ui/TimelineView.cpp" line="+137" />
        <source>No shots yet. Add one with Shot ▸ Add Shot (Ctrl+T) and describe it in the Inspector.</source>
        <translation>Aucun plan pour l’instant. Ajoutez-en un avec Plan ▸ Ajouter un plan (Ctrl+T) et décrivez-le dans l’inspecteur.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a project (Ctrl+N) or open one (Ctrl+O).</source>
        <translation>Créez un projet (Ctrl+N) ou ouvrez-en un (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No take yet</source>
        <translation>Pas encore de prise</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(no prompt)</source>
        <translation>(pas de prompt)</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Trim shot</source>
        <translation>Raccourcir le plan</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::UnknownWordHighlighter</name>
    <message>
        <location filename="../ui/PromptEditor.cpp" line="+21" />
        <source>The model does not know this word; it will be ignored.</source>
        <translation>Le modèle ne connaît pas ce mot ; il sera ignoré.</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ViewerPanel</name>
    <message>
        <location filename="../ui/ViewerPanel.cpp" line="+47" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to start (Home)</source>
        <translation>Aller au début (Origine)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous frame (Left)</source>
        <translation>Image précédente (Gauche)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next frame (Right)</source>
        <translation>Image suivante (Droite)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to end (End)</source>
        <translation>Aller à la fin (Fin)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop start here (I)</source>
        <translation>Début de boucle ici (I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop end here (O)</source>
        <translation>Fin de boucle ici (O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Loop playback between in and out</source>
        <translation>Lire en boucle entre l’entrée et la sortie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fit the frame to the viewer, or show it at 100 %</source>
        <translation>Ajuster l’image au visualiseur ou l’afficher à 100 %</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Display and view (OpenColorIO)</source>
        <translation>Affichage et vue (OpenColorIO)</translation>
    </message>
    <message>
        <location line="+150" />
        <source>%1  frame %2 / %3</source>
        <translation>%1  image %2 / %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sequence is empty: add a shot on the timeline.</source>
        <translation>La séquence est vide : ajoutez un plan dans la timeline.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create or open a project to begin.</source>
        <translation>Créez ou ouvrez un projet pour commencer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shot %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1 has no take yet: select it and press Generate.</source>
        <translation>Le plan %1 n’a pas encore de prise : sélectionnez-le et cliquez sur Générer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
</TS>