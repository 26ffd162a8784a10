<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DisplayTransform</name>
    <message>
        <location filename="../ui/DisplayTransform.cpp" line="+17" />
        <source>The color configuration could not be loaded (%1); frames are shown as they are.</source>
        <translation>Die Farbkonfiguration konnte nicht geladen werden (%1); Bilder werden unverändert gezeigt.</translation>
    </message>
</context>
<context>
    <name>MediaError</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not a video or image that can be read</source>
        <translation>es ist kein lesbares Video oder Bild</translation>
    </message>
    <message>
        <source>its video codec (%1) is not supported</source>
        <translation>sein Videocodec (%1) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
</context>
<context>
    <name>OtioExport</name>
    <message>
        <location filename="../app/core/OtioExport.cpp" line="+58" />
        <source>cannot write '%1': %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="+48" />
        <source>square</source>
        <translation>quadratisch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+23" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+33" />
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+34" />
        <source>Seed %1 · %2 steps · guidance %3 · %4 frames · %5×%6
Prompt: %7
Model: %8 · %9 s</source>
        <translation>Seed %1 · %2 Schritte · Guidance %3 · %4 Bilder · %5×%6
Prompt: %7
Modell: %8 · %9 s</translation>
    </message>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="+72" />
        <source>AI-generated</source>
        <translation>KI-generiert</translation>
    </message>
    <message>
        <location filename="../app/core/Studio.cpp" line="+36" />
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Shot %1</source>
        <translation>Shot %1</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.cpp" line="+19" />
        <source>Duplicate shot</source>
        <translation>Shot duplizieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete shot</source>
        <translation>Shot löschen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Move shot</source>
        <translation>Shot verschieben</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Set active take</source>
        <translation>Aktiven Take festlegen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add take</source>
        <translation>Take hinzufügen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>Take löschen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove from media bin</source>
        <translation>Aus der Medienablage entfernen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Set in and out</source>
        <translation>In und Out setzen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change project settings</source>
        <translation>Projekteinstellungen ändern</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Relink media</source>
        <translation>Medium neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.h" line="+16" />
        <source>Add shot</source>
        <translation>Shot hinzufügen</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Edit shot</source>
        <translation>Shot bearbeiten</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>it is not a Shotcraft project</source>
        <translation>es ist kein Shotcraft-Projekt</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>die Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Shotcraft; update to open it</source>
        <translation>es wurde mit einer neueren Shotcraft-Version gespeichert; aktualisieren Sie, um es zu öffnen</translation>
    </message>
    <message>
        <source>another Shotcraft is using it</source>
        <translation>ein anderes Shotcraft verwendet es</translation>
    </message>
    <message>
        <source>it cannot be written (read-only)</source>
        <translation>es kann nicht geschrieben werden (schreibgeschützt)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>TakeMedia</name>
    <message>
        <location filename="../app/core/TakeMedia.cpp" line="+19" />
        <source>a take needs at least one frame</source>
        <translation>ein Take braucht mindestens ein Bild</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="-7" />
        <source>cannot read the encoded take back: %1</source>
        <translation>der kodierte Take kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot write a temporary clip: %1</source>
        <translation>temporärer Clip kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28" />
        <source>A local studio for authoring AI-generated video</source>
        <translation>Ein lokales Studio für KI-generierte Videos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A .shotcraft project to open</source>
        <translation>Ein zu öffnendes .shotcraft-Projekt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit after &lt;ms&gt; milliseconds, printing what started (a start-up check)</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden und ausgeben, was gestartet wurde (Startprüfung)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Shotcraft did not close cleanly last time; %1 was reopened. Every edit was saved as it was made.</source>
        <translation>Shotcraft wurde zuletzt nicht sauber beendet; %1 wurde wieder geöffnet. Jede Änderung wurde sofort gespeichert.</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::ExportJob</name>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="-42" />
        <source>open a project first</source>
        <translation>öffnen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the sequence has no shots to export</source>
        <translation>die Sequenz hat keine Shots zum Exportieren</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a shot to export was deleted</source>
        <translation>ein zu exportierender Shot wurde gelöscht</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shot %1 has no take yet: generate it or leave it out</source>
        <translation>Shot %1 hat noch keinen Take: generieren Sie ihn oder lassen Sie ihn weg</translation>
    </message>
    <message>
        <location line="+66" />
        <source>cannot create the folder '%1'</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Shot %1</source>
        <translation>Shot %1</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::Studio</name>
    <message>
        <location filename="../app/core/Studio.cpp" line="-18" />
        <source>cannot read '%1': %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The preferences apply now but could not be saved for the next start: '%1' cannot be written</source>
        <translation>Die Einstellungen gelten jetzt, konnten aber nicht für den nächsten Start gespeichert werden: '%1' ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The model could not be loaded: %1</source>
        <translation>Das Modell konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 could not be generated: %2</source>
        <translation>%1 konnte nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <location line="+71" />
        <source>no project is open</source>
        <translation>es ist kein Projekt geöffnet</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The change was not made: %1</source>
        <translation>Die Änderung wurde nicht vorgenommen: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+12" />
        <location line="+6" />
        <location line="+185" />
        <location line="+60" />
        <source>open or create a project first</source>
        <translation>öffnen oder erstellen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <location line="-289" />
        <source>cannot import '%1': the file does not exist</source>
        <translation>„%1“ kann nicht importiert werden: die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot import '%1': it is not a file</source>
        <translation>„%1“ kann nicht importiert werden: es ist keine Datei</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot import '%1': %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot import '%1': the project could not be written</source>
        <translation>„%1“ kann nicht importiert werden: das Projekt konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot import a file: %1</source>
        <translation>eine Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>no such media in the project</source>
        <translation>dieses Medium gibt es im Projekt nicht</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot relink to '%1': %2</source>
        <translation>Neuverknüpfung mit „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the take no longer exists</source>
        <translation>der Take existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the take's clip cannot be decoded: %1</source>
        <translation>der Clip des Takes kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location line="+51" />
        <source>this mode needs a previous shot on the timeline</source>
        <translation>dieser Modus braucht einen vorherigen Shot in der Zeitleiste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this mode needs a next shot on the timeline</source>
        <translation>dieser Modus braucht einen nächsten Shot in der Zeitleiste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shot %1 (the previous shot) has no take yet: generate it first</source>
        <translation>Shot %1 (der vorherige Shot) hat noch keinen Take: generieren Sie ihn zuerst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shot %1 (the next shot) has no take yet: generate it first</source>
        <translation>Shot %1 (der nächste Shot) hat noch keinen Take: generieren Sie ihn zuerst</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the source clip was removed from the project</source>
        <translation>der Quellclip wurde aus dem Projekt entfernt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the source clip '%1' is missing: relink it in the Media bin</source>
        <translation>der Quellclip „%1“ fehlt: verknüpfen Sie ihn in der Medienablage neu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the source clip cannot be read: %1</source>
        <translation>der Quellclip kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the source shot was deleted</source>
        <translation>der Quell-Shot wurde gelöscht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the source shot has no take yet: generate it first</source>
        <translation>der Quell-Shot hat noch keinen Take: generieren Sie ihn zuerst</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+61" />
        <source>the shot no longer exists</source>
        <translation>der Shot existiert nicht mehr</translation>
    </message>
    <message>
        <location line="-36" />
        <source>choose a still for this shot: drop one from the Media bin on the shot or on Source</source>
        <translation>wählen Sie ein Standbild für diesen Shot: ziehen Sie eines aus der Medienablage auf den Shot oder auf Quelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the still '%1' is missing: relink it in the Media bin</source>
        <translation>das Standbild „%1“ fehlt: verknüpfen Sie es in der Medienablage neu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the still cannot be read: %1</source>
        <translation>das Standbild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>choose a clip to restyle: drop one from the Media bin or a shot from the timeline on Source</source>
        <translation>wählen Sie einen Clip zum Umgestalten: ziehen Sie einen aus der Medienablage oder einen Shot aus der Zeitleiste auf Quelle</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no model is loaded</source>
        <translation>es ist kein Modell geladen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The shot was deleted before its take finished; the take was not kept.</source>
        <translation>Der Shot wurde gelöscht, bevor sein Take fertig war; der Take wurde verworfen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The take of %1 could not be saved: %2</source>
        <translation>Der Take von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the generation returned no frames</source>
        <translation>die Generierung lieferte keine Bilder</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the take's shot is not in the project</source>
        <translation>der Shot des Takes ist nicht im Projekt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate %1</source>
        <translation>%1 generieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the take could not be saved in the project</source>
        <translation>der Take konnte nicht im Projekt gespeichert werden</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::CompareDialog</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+16" />
        <source>Compare takes</source>
        <translation>Takes vergleichen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Take %1&lt;/b&gt; of shot %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Take %1&lt;/b&gt; von Shot %2&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Play both</source>
        <translation>Beide abspielen</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+21" />
        <location line="+27" />
        <location line="+2" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-27" />
        <source>MP4 (H.264) — for delivery</source>
        <translation>MP4 (H.264) — zur Auslieferung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MOV (ProRes 422 HQ) — for editing</source>
        <translation>MOV (ProRes 422 HQ) — für den Schnitt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG sequence — for compositing</source>
        <translation>PNG-Sequenz — für das Compositing</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The whole sequence</source>
        <translation>Die ganze Sequenz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The selected shot</source>
        <translation>Der ausgewählte Shot</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1× larger</source>
        <translation>%1× größer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show an “AI-generated” label in the picture</source>
        <translation>Eine Kennzeichnung „KI-generiert“ im Bild zeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also write an OpenTimelineIO timeline (.otio) with one clip per shot</source>
        <translation>Zusätzlich eine OpenTimelineIO-Zeitleiste (.otio) mit einem Clip pro Shot schreiben</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>Ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 gibt es in %2 schon. Ersetzen?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="-11" />
        <source>Text to video</source>
        <translation>Text zu Video</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A new clip from the prompt alone</source>
        <translation>Ein neuer Clip allein aus dem Prompt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From a still</source>
        <translation>Aus einem Standbild</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source still becomes the first frame</source>
        <translation>Das Quellstandbild wird zum ersten Bild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue previous shot</source>
        <translation>Vorherigen Shot fortsetzen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that carry on from the end of the previous shot (or the source)</source>
        <translation>Neue Bilder, die das Ende des vorherigen Shots (oder der Quelle) fortsetzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead into next shot</source>
        <translation>In nächsten Shot überleiten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that lead into the start of the next shot (or the source)</source>
        <translation>Neue Bilder, die zum Anfang des nächsten Shots (oder der Quelle) hinführen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect neighbours</source>
        <translation>Nachbarn verbinden</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames from the end of the previous shot into the start of the next</source>
        <translation>Neue Bilder vom Ende des vorherigen Shots bis zum Anfang des nächsten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A clip whose end flows back into its start</source>
        <translation>Ein Clip, dessen Ende nahtlos in seinen Anfang übergeht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restyle a clip</source>
        <translation>Clip umgestalten</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source clip redrawn under the prompt; strength sets how far it may change</source>
        <translation>Der Quellclip, neu gezeichnet nach dem Prompt; die Stärke bestimmt, wie weit er sich ändern darf</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Describe the shot, e.g. “a red circle moving left on a night sky”</source>
        <translation>Beschreiben Sie den Shot, z. B. „a red circle moving left on a night sky“</translation>
    </message>
    <message>
        <location line="+8" />
        <source>What to avoid (optional)</source>
        <translation>Was vermieden werden soll (optional)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The random seed: the same seed and settings give the same take</source>
        <translation>Der Zufalls-Seed: gleicher Seed und gleiche Einstellungen ergeben denselben Take</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked: every generation uses this seed (variations use the next ones). Unlocked: a new seed each time.</source>
        <translation>Gesperrt: jede Generierung nutzt diesen Seed (Varianten die folgenden). Entsperrt: jedes Mal ein neuer Seed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a new seed</source>
        <translation>Neuen Seed ziehen</translation>
    </message>
    <message>
        <location line="+3" />
        <source> frames</source>
        <translation> Frames</translation>
    </message>
    <message>
        <location line="+5" />
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Denoising steps: more is slower and usually cleaner</source>
        <translation>Entrauschungsschritte: mehr ist langsamer und meist sauberer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How strongly the prompt steers the picture (1 = not at all)</source>
        <translation>Wie stark der Prompt das Bild lenkt (1 = gar nicht)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restyle: how far the clip may move from its source (1 = a new clip)</source>
        <translation>Umgestalten: wie weit sich der Clip von seiner Quelle entfernen darf (1 = ein neuer Clip)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 take</source>
        <translation>1 Take</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 variations</source>
        <translation>2 Varianten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 variations</source>
        <translation>4 Varianten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+187" />
        <source>Queue this shot for generation (Ctrl+Enter)</source>
        <translation>Diesen Shot zur Generierung einreihen (Strg+Enter)</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Select a shot on the timeline to edit it.</source>
        <translation>Wählen Sie einen Shot in der Zeitleiste, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit prompt</source>
        <translation>Prompt bearbeiten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not known to the model (ignored): %1</source>
        <translation>Dem Modell unbekannt (ignoriert): %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change mode</source>
        <translation>Modus ändern</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change seed</source>
        <translation>Seed ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lock seed</source>
        <translation>Seed sperren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unlock seed</source>
        <translation>Seed entsperren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change frame rate</source>
        <translation>Bildrate ändern</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change size</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change steps</source>
        <translation>Schritte ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change guidance</source>
        <translation>Guidance ändern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change strength</source>
        <translation>Stärke ändern</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Still: %1</source>
        <translation>Standbild: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Clip: %1</source>
        <translation>Clip: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+103" />
        <source>Shot %1's take</source>
        <translation>Take von Shot %1</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Import stills or clips in the Media bin first</source>
        <translation>Importieren Sie zuerst Standbilder oder Clips in die Medienablage</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Edit shot</source>
        <translation>Shot bearbeiten</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Set source</source>
        <translation>Quelle festlegen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Shot %1</source>
        <translation>Shot %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>= %1 s</source>
        <translation>= %1 s</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(removed media)</source>
        <translation>(entferntes Medium)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> — missing, relink it in the Media bin</source>
        <translation> — fehlt, in der Medienablage neu verknüpfen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(deleted shot)</source>
        <translation>(gelöschter Shot)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drop a still here</source>
        <translation>Standbild hierher ziehen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop a clip or a shot here</source>
        <translation>Clip oder Shot hierher ziehen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous shot</source>
        <translation>Der vorherige Shot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next shot</source>
        <translation>Der nächste Shot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous and next shots</source>
        <translation>Der vorherige und der nächste Shot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None needed</source>
        <translation>Keine nötig</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::JobRow</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+23" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry with the same settings</source>
        <translation>Mit denselben Einstellungen wiederholen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run earlier</source>
        <translation>Früher ausführen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run later</source>
        <translation>Später ausführen</translation>
    </message>
    <message>
        <source>Done: take %1 of shot %2</source>
        <translation>Fertig: Take %1 von Shot %2</translation>
    </message>
    <message>
        <source>Double-click to show this take</source>
        <translation>Doppelklick zeigt diesen Take</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Place in the queue (1 runs next)</source>
        <translation>Platz in der Warteschlange (1 läuft als Nächstes)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done: a new take</source>
        <translation>Fertig: ein neuer Take</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+39" />
        <source>Shotcraft projects (*.shotcraft)</source>
        <translation>Shotcraft-Projekte (*.shotcraft)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Shot %1 has a new take</source>
        <translation>Shot %1 hat einen neuen Take</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Zoom the timeline (Ctrl+wheel)</source>
        <translation>Zeitleiste zoomen (Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag a card to reorder it, its right edge to change its length; drop media on a card to use it.</source>
        <translation>Karte ziehen zum Umsortieren, ihren rechten Rand zum Ändern der Länge; Medien auf eine Karte ziehen, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Media bin</source>
        <translation>Medienablage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project could not be saved as %1: %2</source>
        <translation>Das Projekt konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Import Media…</source>
        <translation>Medien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
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
        <translation>&amp;Shot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Shot</source>
        <translation>Shot &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Duplicate Shot</source>
        <translation>Shot &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+6" />
        <source>De&amp;lete Shot</source>
        <translation>Shot &amp;löschen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
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
        <translation>4 &amp;Varianten generieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel All Generations</source>
        <translation>Alle Generierungen &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Play / Pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Backward</source>
        <translation>&amp;Rückwärts abspielen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Forward</source>
        <translation>&amp;Vorwärts abspielen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to End</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set &amp;In</source>
        <translation>&amp;In setzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;Out</source>
        <translation>&amp;Out setzen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear In and Out</source>
        <translation>In- und Out-Punkt löschen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alt+X</source>
        <translation>Alt+X</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom Timeline &amp;In</source>
        <translation>Zeitleiste &amp;vergrößern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom Timeline &amp;Out</source>
        <translation>Zeitleiste ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+14" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Shot</source>
        <translation>Shot hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Shotcraft</source>
        <translation>&amp;Über Shotcraft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About Shotcraft</source>
        <translation>Über Shotcraft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;A local studio for authoring AI-generated video, shot by shot.&lt;/p&gt;&lt;p&gt;Model: %2 on %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;Ein lokales Studio für KI-generierte Videos, Shot für Shot.&lt;/p&gt;&lt;p&gt;Modell: %2 auf %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Create or open a project first (File ▸ New Project).</source>
        <translation>Erstellen oder öffnen Sie zuerst ein Projekt (Datei ▸ Neues Projekt).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Select a shot to generate.</source>
        <translation>Wählen Sie einen Shot zum Generieren.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Queued. The model does not know these words and ignores them: %1</source>
        <translation>Eingereiht. Das Modell kennt diese Wörter nicht und ignoriert sie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Queued %n generation(s)</source>
        <translation><numerusform>%n Generierung eingereiht</numerusform><numerusform>%n Generierungen eingereiht</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shot %1 cannot be generated: %2</source>
        <translation>Shot %1 kann nicht generiert werden: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The project could not be created: %1</source>
        <translation>Das Projekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Exported %1 and %2</source>
        <translation>%1 und %2 exportiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Model: %1 (%2)</source>
        <translation>Modell: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
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
        <translation>Generierungen laufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit and cancel the queued generations? Finished takes are already saved.</source>
        <translation>Beenden und die eingereihten Generierungen abbrechen? Fertige Takes sind bereits gespeichert.</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MediaBinPanel</name>
    <message>
        <location filename="../ui/MediaBinPanel.cpp" line="+83" />
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import stills and clips (or drop files here)</source>
        <translation>Standbilder und Clips importieren (oder Dateien hierher ziehen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop stills and clips here</source>
        <translation>Standbilder und Clips hierher ziehen</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Use as the shot's source</source>
        <translation>Als Quelle des Shots verwenden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relink…</source>
        <translation>Neu verknüpfen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove from project</source>
        <translation>Aus dem Projekt entfernen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stills and clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Standbilder und Clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Relink media</source>
        <translation>Medium neu verknüpfen</translation>
    </message>
    <message>
        <location line="+31" />
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is missing: double-click to relink it.
</source>
        <translation>Die Datei fehlt: Doppelklick zum Neuverknüpfen.
</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+14" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn verfügbar)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic (%1 of %2 cores)</source>
        <translation>Automatisch (%1 von %2 Kernen)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The built-in model</source>
        <translation>Das eingebaute Modell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shipped configuration</source>
        <translation>Die mitgelieferte Konfiguration</translation>
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
        <translation>PNG-Sequenz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label exported frames “AI-generated”</source>
        <translation>Exportierte Bilder mit „KI-generiert“ kennzeichnen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generation threads</source>
        <translation>Threads für die Generierung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Shotcraft models (*.shotcraft-model manifest.json)</source>
        <translation>Shotcraft-Modelle (*.shotcraft-model manifest.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OCIO config</source>
        <translation>OCIO-Konfiguration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OpenColorIO config</source>
        <translation>OpenColorIO-Konfiguration</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OCIO configs (*.ocio)</source>
        <translation>OCIO-Konfigurationen (*.ocio)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::QueuePanel</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+32" />
        <source>Nothing queued. Select a shot and press Generate (Ctrl+Enter).</source>
        <translation>Nichts in der Warteschlange. Wählen Sie einen Shot und drücken Sie Generieren (Strg+Enter).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear finished</source>
        <translation>Fertige entfernen</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::SourceField</name>
    <message>
        <location filename="../ui/SourceField.cpp" line="+17" />
        <source>Drop a still, a clip or a shot here, or Choose one: the mode changes to the one that uses it.</source>
        <translation>Ein Standbild, einen Clip oder einen Shot hierher ziehen oder auswählen: der Modus wechselt zu dem, der ihn verwendet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TakesPanel</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+46" />
        <source>Use take</source>
        <translation>Take verwenden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the selected take the one the sequence plays and exports</source>
        <translation>Den ausgewählten Take in der Sequenz abspielen und exportieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the take's prompt, seed (locked) and settings to the shot</source>
        <translation>Prompt, Seed (gesperrt) und Einstellungen des Takes in den Shot übernehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare two selected takes (or the selected and the active one) side by side</source>
        <translation>Zwei ausgewählte Takes (oder den ausgewählten und den aktiven) nebeneinander vergleichen</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>Take löschen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete takes</source>
        <translation>Takes löschen</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Use take settings</source>
        <translation>Take-Einstellungen übernehmen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Select a shot to see its takes.</source>
        <translation>Wählen Sie einen Shot, um seine Takes zu sehen.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No takes yet: generate this shot.</source>
        <translation>Noch keine Takes: generieren Sie diesen Shot.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take %1 ★</source>
        <translation>Take %1 ★</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Take %1</source>
        <translation>Take %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
(the active take)</source>
        <translation>
(der aktive Take)</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TimelineView</name>
    <message>
        <location filename="../ui/TimelineView.cpp" line="+137" />
        <source>No shots yet. Add one with Shot ▸ Add Shot (Ctrl+T) and describe it in the Inspector.</source>
        <translation>Noch keine Shots. Fügen Sie einen mit Shot ▸ Shot hinzufügen (Strg+T) hinzu und beschreiben Sie ihn im Inspektor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a project (Ctrl+N) or open one (Ctrl+O).</source>
        <translation>Erstellen Sie ein Projekt (Strg+N) oder öffnen Sie eines (Strg+O).</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No take yet</source>
        <translation>Noch kein Take</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1</source>
        <translation>Shot %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Trim shot</source>
        <translation>Shot trimmen</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::UnknownWordHighlighter</name>
    <message>
        <location filename="../ui/PromptEditor.cpp" line="+21" />
        <source>The model does not know this word; it will be ignored.</source>
        <translation>Das Modell kennt dieses Wort nicht; es wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ViewerPanel</name>
    <message>
        <location filename="../ui/ViewerPanel.cpp" line="+47" />
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to start (Home)</source>
        <translation>Zum Anfang (Pos1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous frame (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next frame (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to end (End)</source>
        <translation>Zum Ende (Ende)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop start here (I)</source>
        <translation>Schleifenanfang hier setzen (I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop end here (O)</source>
        <translation>Schleifenende hier setzen (O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Loop playback between in and out</source>
        <translation>Wiedergabe zwischen In und Out wiederholen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fit the frame to the viewer, or show it at 100 %</source>
        <translation>Bild in den Viewer einpassen oder in 100 % zeigen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Display and view (OpenColorIO)</source>
        <translation>Display und Ansicht (OpenColorIO)</translation>
    </message>
    <message>
        <location line="+150" />
        <source>%1  frame %2 / %3</source>
        <translation>%1  Frame %2 / %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sequence is empty: add a shot on the timeline.</source>
        <translation>Die Sequenz ist leer: fügen Sie in der Zeitleiste einen Shot hinzu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create or open a project to begin.</source>
        <translation>Erstellen oder öffnen Sie ein Projekt, um zu beginnen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shot %1</source>
        <translation>Shot %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1 has no take yet: select it and press Generate.</source>
        <translation>Shot %1 hat noch keinen Take: wählen Sie ihn und drücken Sie Generieren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
</TS>