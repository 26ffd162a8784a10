<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DisplayTransform</name>
    <message>
        <location filename="../ui/DisplayTransform.cpp" line="+17" />
        <source>The color configuration could not be loaded (%1); frames are shown as they are.</source>
        <translation>No se pudo cargar la configuración de color (%1); los fotogramas se muestran tal cual.</translation>
    </message>
</context>
<context>
    <name>MediaError</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is not a video or image that can be read</source>
        <translation>no es un vídeo ni una imagen que se pueda leer</translation>
    </message>
    <message>
        <source>its video codec (%1) is not supported</source>
        <translation>su códec de vídeo (%1) no es compatible</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
</context>
<context>
    <name>OtioExport</name>
    <message>
        <location filename="../app/core/OtioExport.cpp" line="+58" />
        <source>cannot write '%1': %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="+48" />
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>landscape</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>portrait</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+23" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+33" />
        <source>%1 min %2 s left</source>
        <translation>quedan %1 min %2 s</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+34" />
        <source>Seed %1 · %2 steps · guidance %3 · %4 frames · %5×%6
Prompt: %7
Model: %8 · %9 s</source>
        <translation>Semilla %1 · %2 pasos · guía %3 · %4 fotogramas · %5×%6
Prompt: %7
Modelo: %8 · %9 s</translation>
    </message>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="+72" />
        <source>AI-generated</source>
        <translation>Generado por IA</translation>
    </message>
    <message>
        <location filename="../app/core/Studio.cpp" line="+36" />
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Shot %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.cpp" line="+19" />
        <source>Duplicate shot</source>
        <translation>Duplicar plano</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete shot</source>
        <translation>Eliminar plano</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Move shot</source>
        <translation>Mover plano</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Set active take</source>
        <translation>Establecer toma activa</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add take</source>
        <translation>Añadir toma</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>Eliminar toma</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove from media bin</source>
        <translation>Quitar del contenedor de medios</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Set in and out</source>
        <translation>Marcar entrada y salida</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change project settings</source>
        <translation>Cambiar ajustes del proyecto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Relink media</source>
        <translation>Volver a enlazar medio</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.h" line="+16" />
        <source>Add shot</source>
        <translation>Añadir plano</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Edit shot</source>
        <translation>Editar plano</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>it is not a Shotcraft project</source>
        <translation>no es un proyecto de Shotcraft</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>el archivo está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Shotcraft; update to open it</source>
        <translation>se guardó con una versión más reciente de Shotcraft; actualice para abrirlo</translation>
    </message>
    <message>
        <source>another Shotcraft is using it</source>
        <translation>otro Shotcraft lo está usando</translation>
    </message>
    <message>
        <source>it cannot be written (read-only)</source>
        <translation>no se puede escribir (solo lectura)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
</context>
<context>
    <name>TakeMedia</name>
    <message>
        <location filename="../app/core/TakeMedia.cpp" line="+19" />
        <source>a take needs at least one frame</source>
        <translation>una toma necesita al menos un fotograma</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <location line="-7" />
        <source>cannot read the encoded take back: %1</source>
        <translation>no se puede volver a leer la toma codificada: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot write a temporary clip: %1</source>
        <translation>no se puede escribir un clip temporal: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28" />
        <source>A local studio for authoring AI-generated video</source>
        <translation>Un estudio local para crear vídeo generado por IA</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A .shotcraft project to open</source>
        <translation>Un proyecto .shotcraft para abrir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit after &lt;ms&gt; milliseconds, printing what started (a start-up check)</source>
        <translation>Salir tras &lt;ms&gt; milisegundos mostrando lo que se inició (comprobación de arranque)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Shotcraft did not close cleanly last time; %1 was reopened. Every edit was saved as it was made.</source>
        <translation>Shotcraft no se cerró correctamente la última vez; se ha vuelto a abrir %1. Cada cambio se guardó al hacerlo.</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::ExportJob</name>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="-42" />
        <source>open a project first</source>
        <translation>primero abre un proyecto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the sequence has no shots to export</source>
        <translation>la secuencia no tiene planos que exportar</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a shot to export was deleted</source>
        <translation>se eliminó un plano que había que exportar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shot %1 has no take yet: generate it or leave it out</source>
        <translation>el plano %1 aún no tiene toma: genéralo o déjalo fuera</translation>
    </message>
    <message>
        <location line="+66" />
        <source>cannot create the folder '%1'</source>
        <translation>no se puede crear la carpeta «%1»</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Shot %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::Studio</name>
    <message>
        <location filename="../app/core/Studio.cpp" line="-18" />
        <source>cannot read '%1': %2</source>
        <translation>no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>The preferences apply now but could not be saved for the next start: '%1' cannot be written</source>
        <translation>Las preferencias se aplican ahora, pero no se pudieron guardar para el próximo inicio: no se puede escribir '%1'</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 could not be generated: %2</source>
        <translation>No se pudo generar %1: %2</translation>
    </message>
    <message>
        <location line="+71" />
        <source>no project is open</source>
        <translation>no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The change was not made: %1</source>
        <translation>No se hizo el cambio: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+12" />
        <location line="+6" />
        <location line="+185" />
        <location line="+60" />
        <source>open or create a project first</source>
        <translation>primero abre o crea un proyecto</translation>
    </message>
    <message>
        <location line="-289" />
        <source>cannot import '%1': the file does not exist</source>
        <translation>no se puede importar «%1»: el archivo no existe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot import '%1': it is not a file</source>
        <translation>no se puede importar «%1»: no es un archivo</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot import '%1': %2</source>
        <translation>no se puede importar «%1»: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot import '%1': the project could not be written</source>
        <translation>no se puede importar «%1»: no se pudo escribir el proyecto</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot import a file: %1</source>
        <translation>no se puede importar un archivo: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>no such media in the project</source>
        <translation>ese medio no está en el proyecto</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot relink to '%1': %2</source>
        <translation>no se puede volver a enlazar con «%1»: %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the take no longer exists</source>
        <translation>la toma ya no existe</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the take's clip cannot be decoded: %1</source>
        <translation>no se puede decodificar el clip de la toma: %1</translation>
    </message>
    <message>
        <location line="+51" />
        <source>this mode needs a previous shot on the timeline</source>
        <translation>este modo necesita un plano anterior en la línea de tiempo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this mode needs a next shot on the timeline</source>
        <translation>este modo necesita un plano siguiente en la línea de tiempo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shot %1 (the previous shot) has no take yet: generate it first</source>
        <translation>el plano %1 (el plano anterior) aún no tiene toma: genéralo primero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shot %1 (the next shot) has no take yet: generate it first</source>
        <translation>el plano %1 (el plano siguiente) aún no tiene toma: genéralo primero</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the source clip was removed from the project</source>
        <translation>el clip fuente se quitó del proyecto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the source clip '%1' is missing: relink it in the Media bin</source>
        <translation>no se encuentra el clip fuente «%1»: vuelve a enlazarlo en el contenedor de medios</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the source clip cannot be read: %1</source>
        <translation>no se puede leer el clip fuente: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the source shot was deleted</source>
        <translation>se eliminó el plano fuente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the source shot has no take yet: generate it first</source>
        <translation>el plano fuente aún no tiene toma: genéralo primero</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+61" />
        <source>the shot no longer exists</source>
        <translation>el plano ya no existe</translation>
    </message>
    <message>
        <location line="-36" />
        <source>choose a still for this shot: drop one from the Media bin on the shot or on Source</source>
        <translation>elige una imagen fija para este plano: suelta una del contenedor de medios sobre el plano o sobre Fuente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the still '%1' is missing: relink it in the Media bin</source>
        <translation>no se encuentra la imagen fija «%1»: vuelve a enlazarla en el contenedor de medios</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the still cannot be read: %1</source>
        <translation>no se puede leer la imagen fija: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>choose a clip to restyle: drop one from the Media bin or a shot from the timeline on Source</source>
        <translation>elige un clip para reestilizar: suelta uno del contenedor de medios, o un plano de la línea de tiempo, sobre Fuente</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no model is loaded</source>
        <translation>no hay ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(no prompt)</source>
        <translation>(sin prompt)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The shot was deleted before its take finished; the take was not kept.</source>
        <translation>El plano se eliminó antes de terminar su toma; la toma no se ha guardado.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The take of %1 could not be saved: %2</source>
        <translation>No se pudo guardar la toma de %1: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the generation returned no frames</source>
        <translation>la generación no devolvió fotogramas</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the take's shot is not in the project</source>
        <translation>el plano de la toma no está en el proyecto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate %1</source>
        <translation>Generar %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the take could not be saved in the project</source>
        <translation>no se pudo guardar la toma en el proyecto</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::CompareDialog</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+16" />
        <source>Compare takes</source>
        <translation>Comparar tomas</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Take %1&lt;/b&gt; of shot %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Toma %1&lt;/b&gt; del plano %2&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Play both</source>
        <translation>Reproducir ambas</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+21" />
        <location line="+27" />
        <location line="+2" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-27" />
        <source>MP4 (H.264) — for delivery</source>
        <translation>MP4 (H.264) — para entrega</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MOV (ProRes 422 HQ) — for editing</source>
        <translation>MOV (ProRes 422 HQ) — para edición</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG sequence — for compositing</source>
        <translation>Secuencia PNG — para composición</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The whole sequence</source>
        <translation>Toda la secuencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The selected shot</source>
        <translation>El plano seleccionado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Original size</source>
        <translation>Tamaño original</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1× larger</source>
        <translation>%1× más grande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show an “AI-generated” label in the picture</source>
        <translation>Mostrar la etiqueta «Generado por IA» en la imagen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also write an OpenTimelineIO timeline (.otio) with one clip per shot</source>
        <translation>Escribir también una línea de tiempo OpenTimelineIO (.otio) con un clip por plano</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>¿Reemplazar?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 ya existe en %2. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="-11" />
        <source>Text to video</source>
        <translation>Texto a vídeo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A new clip from the prompt alone</source>
        <translation>Un clip nuevo a partir solo del prompt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From a still</source>
        <translation>Desde una imagen fija</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source still becomes the first frame</source>
        <translation>La imagen fija de origen pasa a ser el primer fotograma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue previous shot</source>
        <translation>Continuar el plano anterior</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that carry on from the end of the previous shot (or the source)</source>
        <translation>Fotogramas nuevos que continúan el final del plano anterior (o de la fuente)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead into next shot</source>
        <translation>Llevar al plano siguiente</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that lead into the start of the next shot (or the source)</source>
        <translation>Fotogramas nuevos que llevan al inicio del plano siguiente (o de la fuente)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect neighbours</source>
        <translation>Unir vecinos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames from the end of the previous shot into the start of the next</source>
        <translation>Fotogramas nuevos desde el final del plano anterior hasta el inicio del siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A clip whose end flows back into its start</source>
        <translation>Un clip cuyo final enlaza con su principio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restyle a clip</source>
        <translation>Reestilizar un clip</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source clip redrawn under the prompt; strength sets how far it may change</source>
        <translation>El clip fuente redibujado según el prompt; la intensidad fija cuánto puede cambiar</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Describe the shot, e.g. “a red circle moving left on a night sky”</source>
        <translation>Describe el plano, p. ej. «a red circle moving left on a night sky»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>What to avoid (optional)</source>
        <translation>Qué evitar (opcional)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The random seed: the same seed and settings give the same take</source>
        <translation>La semilla aleatoria: la misma semilla y los mismos ajustes dan la misma toma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked: every generation uses this seed (variations use the next ones). Unlocked: a new seed each time.</source>
        <translation>Bloqueada: cada generación usa esta semilla (las variaciones, las siguientes). Desbloqueada: una semilla nueva cada vez.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a new seed</source>
        <translation>Sacar una semilla nueva</translation>
    </message>
    <message>
        <location line="+3" />
        <source> frames</source>
        <translation> fotogramas</translation>
    </message>
    <message>
        <location line="+5" />
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Denoising steps: more is slower and usually cleaner</source>
        <translation>Pasos de eliminación de ruido: más es más lento y suele ser más limpio</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How strongly the prompt steers the picture (1 = not at all)</source>
        <translation>Cuánto guía el prompt a la imagen (1 = nada)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restyle: how far the clip may move from its source (1 = a new clip)</source>
        <translation>Reestilizar: cuánto puede alejarse el clip de su fuente (1 = un clip nuevo)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 take</source>
        <translation>1 toma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 variations</source>
        <translation>2 variaciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 variations</source>
        <translation>4 variaciones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+187" />
        <source>Queue this shot for generation (Ctrl+Enter)</source>
        <translation>Poner este plano en la cola de generación (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Select a shot on the timeline to edit it.</source>
        <translation>Selecciona un plano en la línea de tiempo para editarlo.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit prompt</source>
        <translation>Editar prompt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not known to the model (ignored): %1</source>
        <translation>Desconocido para el modelo (se ignora): %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change mode</source>
        <translation>Cambiar modo</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change seed</source>
        <translation>Cambiar semilla</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lock seed</source>
        <translation>Bloquear semilla</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unlock seed</source>
        <translation>Desbloquear semilla</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change duration</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change frame rate</source>
        <translation>Cambiar velocidad de fotogramas</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change size</source>
        <translation>Cambiar tamaño</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change steps</source>
        <translation>Cambiar pasos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change guidance</source>
        <translation>Cambiar guía</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change strength</source>
        <translation>Cambiar intensidad</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Still: %1</source>
        <translation>Imagen fija: %1</translation>
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
        <translation>Toma del plano %1</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Import stills or clips in the Media bin first</source>
        <translation>Primero importa imágenes fijas o clips en el contenedor de medios</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Edit shot</source>
        <translation>Editar plano</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Set source</source>
        <translation>Establecer fuente</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Shot %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>= %1 s</source>
        <translation>= %1 s</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(removed media)</source>
        <translation>(medio quitado)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> — missing, relink it in the Media bin</source>
        <translation> — no se encuentra, vuelve a enlazarlo en el contenedor de medios</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(deleted shot)</source>
        <translation>(plano eliminado)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drop a still here</source>
        <translation>Suelta aquí una imagen fija</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop a clip or a shot here</source>
        <translation>Suelta aquí un clip o un plano</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous shot</source>
        <translation>El plano anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next shot</source>
        <translation>El plano siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous and next shots</source>
        <translation>Los planos anterior y siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None needed</source>
        <translation>No hace falta</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::JobRow</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+23" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry with the same settings</source>
        <translation>Reintentar con los mismos ajustes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run earlier</source>
        <translation>Ejecutar antes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run later</source>
        <translation>Ejecutar después</translation>
    </message>
    <message>
        <source>Done: take %1 of shot %2</source>
        <translation>Listo: toma %1 del plano %2</translation>
    </message>
    <message>
        <source>Double-click to show this take</source>
        <translation>Doble clic para ver esta toma</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Place in the queue (1 runs next)</source>
        <translation>Puesto en la cola (1 es el siguiente)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Seed %1</source>
        <translation>Semilla %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done: a new take</source>
        <translation>Hecho: una toma nueva</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+39" />
        <source>Shotcraft projects (*.shotcraft)</source>
        <translation>Proyectos de Shotcraft (*.shotcraft)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Shot %1 has a new take</source>
        <translation>El plano %1 tiene una toma nueva</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Zoom the timeline (Ctrl+wheel)</source>
        <translation>Ampliar la línea de tiempo (Ctrl+rueda)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag a card to reorder it, its right edge to change its length; drop media on a card to use it.</source>
        <translation>Arrastra una tarjeta para reordenarla, su borde derecho para cambiar su duración; suelta un medio sobre una tarjeta para usarlo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Media bin</source>
        <translation>Contenedor de medios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takes</source>
        <translation>Tomas</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project could not be saved as %1: %2</source>
        <translation>No se pudo guardar el proyecto como %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Import Media…</source>
        <translation>&amp;Importar medios…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Shot</source>
        <translation>&amp;Añadir plano</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Duplicate Shot</source>
        <translation>&amp;Duplicar plano</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+6" />
        <source>De&amp;lete Shot</source>
        <translation>&amp;Eliminar plano</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
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
        <translation>Generar 4 &amp;variaciones</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel All Generations</source>
        <translation>&amp;Cancelar todas las generaciones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / pausa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Backward</source>
        <translation>Reproducir hacia &amp;atrás</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Forward</source>
        <translation>Reproducir hacia a&amp;delante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous Frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Start</source>
        <translation>Ir al inicio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to End</source>
        <translation>Ir al final</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set &amp;In</source>
        <translation>Marcar &amp;entrada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;Out</source>
        <translation>Marcar &amp;salida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear In and Out</source>
        <translation>Borrar entrada y salida</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alt+X</source>
        <translation>Alt+X</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom Timeline &amp;In</source>
        <translation>&amp;Acercar la línea de tiempo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom Timeline &amp;Out</source>
        <translation>A&amp;lejar la línea de tiempo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+14" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Shot</source>
        <translation>Añadir plano</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Shotcraft</source>
        <translation>&amp;Acerca de Shotcraft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About Shotcraft</source>
        <translation>Acerca de Shotcraft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;A local studio for authoring AI-generated video, shot by shot.&lt;/p&gt;&lt;p&gt;Model: %2 on %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;Un estudio local para crear vídeo generado por IA, plano a plano.&lt;/p&gt;&lt;p&gt;Modelo: %2 en %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Create or open a project first (File ▸ New Project).</source>
        <translation>Primero crea o abre un proyecto (Archivo ▸ Nuevo proyecto).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Select a shot to generate.</source>
        <translation>Selecciona un plano para generar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Queued. The model does not know these words and ignores them: %1</source>
        <translation>En cola. El modelo no conoce estas palabras y las ignora: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Queued %n generation(s)</source>
        <translation><numerusform>%n generación en cola</numerusform><numerusform>%n generaciones en cola</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shot %1 cannot be generated: %2</source>
        <translation>No se puede generar el plano %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The project could not be created: %1</source>
        <translation>No se pudo crear el proyecto: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Exported %1 and %2</source>
        <translation>Exportados %1 y %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Model: %1 (%2)</source>
        <translation>Modelo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No model loaded</source>
        <translation>No hay ningún modelo cargado</translation>
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
        <translation>Hay generaciones en curso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit and cancel the queued generations? Finished takes are already saved.</source>
        <translation>¿Salir y cancelar las generaciones en cola? Las tomas terminadas ya están guardadas.</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MediaBinPanel</name>
    <message>
        <location filename="../ui/MediaBinPanel.cpp" line="+83" />
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import stills and clips (or drop files here)</source>
        <translation>Importar imágenes fijas y clips (o soltar archivos aquí)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop stills and clips here</source>
        <translation>Suelta aquí imágenes fijas y clips</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Use as the shot's source</source>
        <translation>Usar como fuente del plano</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relink…</source>
        <translation>Volver a enlazar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove from project</source>
        <translation>Quitar del proyecto</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import media</source>
        <translation>Importar medios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stills and clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Imágenes fijas y clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Relink media</source>
        <translation>Volver a enlazar medio</translation>
    </message>
    <message>
        <location line="+31" />
        <source>missing</source>
        <translation>no se encuentra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (missing)</source>
        <translation>%1 (no se encuentra)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is missing: double-click to relink it.
</source>
        <translation>No se encuentra el archivo: haz doble clic para volver a enlazarlo.
</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+14" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic (CUDA when available)</source>
        <translation>Automático (CUDA si está disponible)</translation>
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
        <translation>Automático (%1 de %2 núcleos)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The built-in model</source>
        <translation>El modelo integrado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shipped configuration</source>
        <translation>La configuración incluida</translation>
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
        <translation>Secuencia PNG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label exported frames “AI-generated”</source>
        <translation>Marcar los fotogramas exportados como «Generado por IA»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A new language applies at the next start.</source>
        <translation>El nuevo idioma se aplicará en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generation threads</source>
        <translation>Hilos de generación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Model file</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Shotcraft models (*.shotcraft-model manifest.json)</source>
        <translation>Modelos de Shotcraft (*.shotcraft-model manifest.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OCIO config</source>
        <translation>Configuración OCIO</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OpenColorIO config</source>
        <translation>Configuración de OpenColorIO</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OCIO configs (*.ocio)</source>
        <translation>Configuraciones OCIO (*.ocio)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::QueuePanel</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+32" />
        <source>Nothing queued. Select a shot and press Generate (Ctrl+Enter).</source>
        <translation>La cola está vacía. Selecciona un plano y pulsa Generar (Ctrl+Intro).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear finished</source>
        <translation>Quitar terminados</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::SourceField</name>
    <message>
        <location filename="../ui/SourceField.cpp" line="+17" />
        <source>Drop a still, a clip or a shot here, or Choose one: the mode changes to the one that uses it.</source>
        <translation>Suelta aquí una imagen fija, un clip o un plano, o elige uno: el modo cambia al que lo usa.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TakesPanel</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+46" />
        <source>Use take</source>
        <translation>Usar toma</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the selected take the one the sequence plays and exports</source>
        <translation>Hacer que la secuencia reproduzca y exporte la toma seleccionada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use settings</source>
        <translation>Usar ajustes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the take's prompt, seed (locked) and settings to the shot</source>
        <translation>Copiar al plano el prompt, la semilla (bloqueada) y los ajustes de la toma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare two selected takes (or the selected and the active one) side by side</source>
        <translation>Comparar lado a lado dos tomas seleccionadas (o la seleccionada y la activa)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>Eliminar toma</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete takes</source>
        <translation>Eliminar tomas</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Use take settings</source>
        <translation>Usar los ajustes de la toma</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Select a shot to see its takes.</source>
        <translation>Selecciona un plano para ver sus tomas.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No takes yet: generate this shot.</source>
        <translation>Aún no hay tomas: genera este plano.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take %1 ★</source>
        <translation>Toma %1 ★</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Take %1</source>
        <translation>Toma %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
(the active take)</source>
        <translation>
(la toma activa)</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TimelineView</name>
    <message>
        <location filename="../ui/TimelineView.cpp" line="+137" />
        <source>No shots yet. Add one with Shot ▸ Add Shot (Ctrl+T) and describe it in the Inspector.</source>
        <translation>Aún no hay planos. Añade uno con Plano ▸ Añadir plano (Ctrl+T) y descríbelo en el inspector.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a project (Ctrl+N) or open one (Ctrl+O).</source>
        <translation>Crea un proyecto (Ctrl+N) o abre uno (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No take yet</source>
        <translation>Aún sin toma</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(no prompt)</source>
        <translation>(sin prompt)</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Trim shot</source>
        <translation>Recortar plano</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::UnknownWordHighlighter</name>
    <message>
        <location filename="../ui/PromptEditor.cpp" line="+21" />
        <source>The model does not know this word; it will be ignored.</source>
        <translation>El modelo no conoce esta palabra; se ignorará.</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ViewerPanel</name>
    <message>
        <location filename="../ui/ViewerPanel.cpp" line="+47" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to start (Home)</source>
        <translation>Ir al inicio (Inicio)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous frame (Left)</source>
        <translation>Fotograma anterior (Izquierda)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausa (Espacio)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next frame (Right)</source>
        <translation>Fotograma siguiente (Derecha)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to end (End)</source>
        <translation>Ir al final (Fin)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop start here (I)</source>
        <translation>Inicio del bucle aquí (I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop end here (O)</source>
        <translation>Fin del bucle aquí (O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Loop playback between in and out</source>
        <translation>Reproducir en bucle entre entrada y salida</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fit the frame to the viewer, or show it at 100 %</source>
        <translation>Ajustar el fotograma al visor o mostrarlo al 100 %</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Display and view (OpenColorIO)</source>
        <translation>Pantalla y vista (OpenColorIO)</translation>
    </message>
    <message>
        <location line="+150" />
        <source>%1  frame %2 / %3</source>
        <translation>%1  fotograma %2 / %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sequence is empty: add a shot on the timeline.</source>
        <translation>La secuencia está vacía: añade un plano en la línea de tiempo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create or open a project to begin.</source>
        <translation>Crea o abre un proyecto para empezar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shot %1</source>
        <translation>Plano %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1 has no take yet: select it and press Generate.</source>
        <translation>El plano %1 aún no tiene toma: selecciónalo y pulsa Generar.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
</TS>