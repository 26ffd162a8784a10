<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>DisplayTransform</name>
    <message>
        <location filename="../ui/DisplayTransform.cpp" line="+17" />
        <source>The color configuration could not be loaded (%1); frames are shown as they are.</source>
        <translation>カラー設定を読み込めませんでした (%1)。フレームはそのまま表示されます。</translation>
    </message>
</context>
<context>
    <name>MediaError</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>it is not a video or image that can be read</source>
        <translation>読み込める動画でも画像でもありません</translation>
    </message>
    <message>
        <source>its video codec (%1) is not supported</source>
        <translation>動画コーデック（%1）に対応していません</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>ファイルが破損しています</translation>
    </message>
</context>
<context>
    <name>OtioExport</name>
    <message>
        <location filename="../app/core/OtioExport.cpp" line="+58" />
        <source>cannot write '%1': %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="+48" />
        <source>square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <location line="+1" />
        <source>landscape</source>
        <translation>横長</translation>
    </message>
    <message>
        <location line="+0" />
        <source>portrait</source>
        <translation>縦長</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+23" />
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+33" />
        <source>%1 min %2 s left</source>
        <translation>残り %1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 s left</source>
        <translation>残り %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+34" />
        <source>Seed %1 · %2 steps · guidance %3 · %4 frames · %5×%6
Prompt: %7
Model: %8 · %9 s</source>
        <translation>シード %1 · %2 ステップ · ガイダンス %3 · %4 フレーム · %5×%6
プロンプト: %7
モデル: %8 · %9 秒</translation>
    </message>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="+72" />
        <source>AI-generated</source>
        <translation>AI生成</translation>
    </message>
    <message>
        <location filename="../app/core/Studio.cpp" line="+36" />
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.cpp" line="+19" />
        <source>Duplicate shot</source>
        <translation>ショットを複製</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete shot</source>
        <translation>ショットを削除</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Move shot</source>
        <translation>ショットを移動</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Set active take</source>
        <translation>アクティブなテイクを設定</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add take</source>
        <translation>テイクを追加</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>テイクを削除</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove from media bin</source>
        <translation>メディアビンから削除</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Set in and out</source>
        <translation>イン点とアウト点を設定</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Change project settings</source>
        <translation>プロジェクト設定を変更</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Relink media</source>
        <translation>メディアを再リンク</translation>
    </message>
    <message>
        <location filename="../timeline/Commands.h" line="+16" />
        <source>Add shot</source>
        <translation>ショットを追加</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Edit shot</source>
        <translation>ショットを編集</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>it is not a Shotcraft project</source>
        <translation>Shotcraft のプロジェクトではありません</translation>
    </message>
    <message>
        <source>the file is damaged and cannot be read</source>
        <translation>ファイルが破損していて読み込めません</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Shotcraft; update to open it</source>
        <translation>より新しい Shotcraft で保存されています。開くにはアップデートしてください</translation>
    </message>
    <message>
        <source>another Shotcraft is using it</source>
        <translation>別の Shotcraft が使用中です</translation>
    </message>
    <message>
        <source>it cannot be written (read-only)</source>
        <translation>書き込めません（読み取り専用）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
</context>
<context>
    <name>TakeMedia</name>
    <message>
        <location filename="../app/core/TakeMedia.cpp" line="+19" />
        <source>a take needs at least one frame</source>
        <translation>テイクには少なくとも 1 フレームが必要です</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+21" />
        <source>cannot create a temporary folder: %1</source>
        <translation>一時フォルダを作成できません: %1</translation>
    </message>
    <message>
        <location line="-7" />
        <source>cannot read the encoded take back: %1</source>
        <translation>エンコードしたテイクを読み戻せません: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot write a temporary clip: %1</source>
        <translation>一時クリップを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28" />
        <source>A local studio for authoring AI-generated video</source>
        <translation>AI生成動画を制作するローカルスタジオ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A .shotcraft project to open</source>
        <translation>開く .shotcraft プロジェクト</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit after &lt;ms&gt; milliseconds, printing what started (a start-up check)</source>
        <translation>&lt;ms&gt; ミリ秒後に終了し、起動した内容を表示します (起動確認)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Shotcraft did not close cleanly last time; %1 was reopened. Every edit was saved as it was made.</source>
        <translation>前回 Shotcraft は正常に終了しませんでした。%1 を再び開きました。編集内容はすべてその都度保存されています。</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::ExportJob</name>
    <message>
        <location filename="../app/core/SequenceExport.cpp" line="-42" />
        <source>open a project first</source>
        <translation>まずプロジェクトを開いてください</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the sequence has no shots to export</source>
        <translation>シーケンスに書き出すショットがありません</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a shot to export was deleted</source>
        <translation>書き出すショットが削除されました</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shot %1 has no take yet: generate it or leave it out</source>
        <translation>ショット %1 にはまだテイクがありません。生成するか、対象から外してください</translation>
    </message>
    <message>
        <location line="+66" />
        <source>cannot create the folder '%1'</source>
        <translation>フォルダ「%1」を作成できません</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The export failed: %1</source>
        <translation>書き出しに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>shotcraft::app::Studio</name>
    <message>
        <location filename="../app/core/Studio.cpp" line="-18" />
        <source>cannot read '%1': %2</source>
        <translation>「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>The preferences apply now but could not be saved for the next start: '%1' cannot be written</source>
        <translation>設定は今すぐ適用されますが、次回の起動用に保存できませんでした: '%1' に書き込めません</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The model could not be loaded: %1</source>
        <translation>モデルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 could not be generated: %2</source>
        <translation>%1 を生成できませんでした: %2</translation>
    </message>
    <message>
        <location line="+71" />
        <source>no project is open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The change was not made: %1</source>
        <translation>変更できませんでした: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+12" />
        <location line="+6" />
        <location line="+185" />
        <location line="+60" />
        <source>open or create a project first</source>
        <translation>まずプロジェクトを開くか作成してください</translation>
    </message>
    <message>
        <location line="-289" />
        <source>cannot import '%1': the file does not exist</source>
        <translation>「%1」を読み込めません: ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot import '%1': it is not a file</source>
        <translation>「%1」を読み込めません: ファイルではありません</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot import '%1': %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>cannot import '%1': the project could not be written</source>
        <translation>「%1」を読み込めません: プロジェクトに書き込めませんでした</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot import a file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>no such media in the project</source>
        <translation>そのメディアはプロジェクトにありません</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot relink to '%1': %2</source>
        <translation>「%1」に再リンクできません: %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the take no longer exists</source>
        <translation>テイクはもう存在しません</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the take's clip cannot be decoded: %1</source>
        <translation>テイクのクリップをデコードできません: %1</translation>
    </message>
    <message>
        <location line="+51" />
        <source>this mode needs a previous shot on the timeline</source>
        <translation>このモードにはタイムライン上の前のショットが必要です</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this mode needs a next shot on the timeline</source>
        <translation>このモードにはタイムライン上の次のショットが必要です</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shot %1 (the previous shot) has no take yet: generate it first</source>
        <translation>ショット %1 (前のショット) にはまだテイクがありません。先に生成してください</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shot %1 (the next shot) has no take yet: generate it first</source>
        <translation>ショット %1 (次のショット) にはまだテイクがありません。先に生成してください</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the source clip was removed from the project</source>
        <translation>ソースクリップはプロジェクトから削除されました</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the source clip '%1' is missing: relink it in the Media bin</source>
        <translation>ソースクリップ「%1」が見つかりません。メディアビンで再リンクしてください</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the source clip cannot be read: %1</source>
        <translation>ソースクリップを読み取れません: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the source shot was deleted</source>
        <translation>ソースのショットは削除されました</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the source shot has no take yet: generate it first</source>
        <translation>ソースのショットにはまだテイクがありません。先に生成してください</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+61" />
        <source>the shot no longer exists</source>
        <translation>ショットはもう存在しません</translation>
    </message>
    <message>
        <location line="-36" />
        <source>choose a still for this shot: drop one from the Media bin on the shot or on Source</source>
        <translation>このショットの静止画を選んでください。メディアビンから静止画をショットか「ソース」にドロップします</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the still '%1' is missing: relink it in the Media bin</source>
        <translation>静止画「%1」が見つかりません。メディアビンで再リンクしてください</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the still cannot be read: %1</source>
        <translation>静止画を読み取れません: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>choose a clip to restyle: drop one from the Media bin or a shot from the timeline on Source</source>
        <translation>リスタイルするクリップを選んでください。メディアビンのクリップかタイムラインのショットを「ソース」にドロップします</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no model is loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(no prompt)</source>
        <translation>(プロンプトなし)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The shot was deleted before its take finished; the take was not kept.</source>
        <translation>テイクの完成前にショットが削除されたため、テイクは保存されませんでした。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The take of %1 could not be saved: %2</source>
        <translation>%1 のテイクを保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the generation returned no frames</source>
        <translation>生成結果にフレームがありません</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the take's shot is not in the project</source>
        <translation>テイクのショットがプロジェクトにありません</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate %1</source>
        <translation>%1 を生成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the take could not be saved in the project</source>
        <translation>テイクをプロジェクトに保存できませんでした</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::CompareDialog</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+16" />
        <source>Compare takes</source>
        <translation>テイクを比較</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Take %1&lt;/b&gt; of shot %2&lt;br&gt;</source>
        <translation>ショット %2 の&lt;b&gt;テイク %1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Play both</source>
        <translation>両方を再生</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="+21" />
        <location line="+27" />
        <location line="+2" />
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="-27" />
        <source>MP4 (H.264) — for delivery</source>
        <translation>MP4 (H.264) — 納品用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MOV (ProRes 422 HQ) — for editing</source>
        <translation>MOV (ProRes 422 HQ) — 編集用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PNG sequence — for compositing</source>
        <translation>PNG 連番 — 合成用</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The whole sequence</source>
        <translation>シーケンス全体</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The selected shot</source>
        <translation>選択したショット</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Original size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1× larger</source>
        <translation>%1 倍に拡大</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show an “AI-generated” label in the picture</source>
        <translation>画面に「AI生成」のラベルを表示する</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also write an OpenTimelineIO timeline (.otio) with one clip per shot</source>
        <translation>ショットごとに 1 クリップの OpenTimelineIO タイムライン (.otio) も書き出す</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>置き換えますか？</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Replace it?</source>
        <translation>%1 は %2 に既にあります。置き換えますか？</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::InspectorPanel</name>
    <message>
        <location filename="../ui/InspectorPanel.cpp" line="-11" />
        <source>Text to video</source>
        <translation>テキストから動画</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A new clip from the prompt alone</source>
        <translation>プロンプトだけから新しいクリップを作ります</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From a still</source>
        <translation>静止画から</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source still becomes the first frame</source>
        <translation>ソースの静止画が最初のフレームになります</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue previous shot</source>
        <translation>前のショットの続き</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that carry on from the end of the previous shot (or the source)</source>
        <translation>前のショット (またはソース) の終わりに続く新しいフレーム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lead into next shot</source>
        <translation>次のショットへつなぐ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames that lead into the start of the next shot (or the source)</source>
        <translation>次のショット (またはソース) の始まりへ導く新しいフレーム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect neighbours</source>
        <translation>前後のショットをつなぐ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New frames from the end of the previous shot into the start of the next</source>
        <translation>前のショットの終わりから次のショットの始まりへつなぐ新しいフレーム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>A clip whose end flows back into its start</source>
        <translation>終わりが始まりへ自然につながるクリップ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restyle a clip</source>
        <translation>クリップをリスタイル</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The source clip redrawn under the prompt; strength sets how far it may change</source>
        <translation>ソースクリップをプロンプトに沿って描き直します。強度で変化の大きさを決めます</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Describe the shot, e.g. “a red circle moving left on a night sky”</source>
        <translation>ショットを説明してください。例: 「a red circle moving left on a night sky」</translation>
    </message>
    <message>
        <location line="+8" />
        <source>What to avoid (optional)</source>
        <translation>避けたいもの (任意)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The random seed: the same seed and settings give the same take</source>
        <translation>乱数シード: 同じシードと設定なら同じテイクになります</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lock</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Locked: every generation uses this seed (variations use the next ones). Unlocked: a new seed each time.</source>
        <translation>固定: 毎回このシードを使います (バリエーションは続く番号)。固定しない: 毎回新しいシードを使います。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw a new seed</source>
        <translation>新しいシードを引く</translation>
    </message>
    <message>
        <location line="+3" />
        <source> frames</source>
        <translation> フレーム</translation>
    </message>
    <message>
        <location line="+5" />
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Denoising steps: more is slower and usually cleaner</source>
        <translation>ノイズ除去のステップ数: 多いほど遅く、通常はきれいになります</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How strongly the prompt steers the picture (1 = not at all)</source>
        <translation>プロンプトが画像をどれだけ強く導くか (1 = まったく導かない)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restyle: how far the clip may move from its source (1 = a new clip)</source>
        <translation>リスタイル: クリップがソースからどれだけ変化してよいか (1 = 新しいクリップ)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Guidance</source>
        <translation>ガイダンス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 take</source>
        <translation>1 テイク</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 variations</source>
        <translation>2 バリエーション</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 variations</source>
        <translation>4 バリエーション</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+187" />
        <source>Queue this shot for generation (Ctrl+Enter)</source>
        <translation>このショットを生成キューに追加 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-182" />
        <source>Select a shot on the timeline to edit it.</source>
        <translation>タイムラインでショットを選ぶと編集できます。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit prompt</source>
        <translation>プロンプトを編集</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not known to the model (ignored): %1</source>
        <translation>モデルが知らない語 (無視されます): %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change mode</source>
        <translation>モードを変更</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change seed</source>
        <translation>シードを変更</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lock seed</source>
        <translation>シードを固定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unlock seed</source>
        <translation>シードの固定を解除</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New seed</source>
        <translation>新しいシード</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change duration</source>
        <translation>長さを変更</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change frame rate</source>
        <translation>フレームレートを変更</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change size</source>
        <translation>サイズを変更</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change steps</source>
        <translation>ステップ数を変更</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change guidance</source>
        <translation>ガイダンスを変更</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change strength</source>
        <translation>強度を変更</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear source</source>
        <translation>ソースをクリア</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Still: %1</source>
        <translation>静止画: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Clip: %1</source>
        <translation>クリップ: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+103" />
        <source>Shot %1's take</source>
        <translation>ショット %1 のテイク</translation>
    </message>
    <message>
        <location line="-101" />
        <source>Import stills or clips in the Media bin first</source>
        <translation>まずメディアビンに静止画かクリップを読み込んでください</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Edit shot</source>
        <translation>ショットを編集</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Set source</source>
        <translation>ソースを設定</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>= %1 s</source>
        <translation>= %1 秒</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(removed media)</source>
        <translation>(削除されたメディア)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> — missing, relink it in the Media bin</source>
        <translation> — 見つかりません。メディアビンで再リンクしてください</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(deleted shot)</source>
        <translation>(削除されたショット)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drop a still here</source>
        <translation>ここに静止画をドロップ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop a clip or a shot here</source>
        <translation>ここにクリップかショットをドロップ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous shot</source>
        <translation>前のショット</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The next shot</source>
        <translation>次のショット</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous and next shots</source>
        <translation>前後のショット</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None needed</source>
        <translation>不要</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::JobRow</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+23" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry with the same settings</source>
        <translation>同じ設定で再試行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run earlier</source>
        <translation>先に実行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run later</source>
        <translation>後で実行</translation>
    </message>
    <message>
        <source>Done: take %1 of shot %2</source>
        <translation>完了: ショット %2 のテイク %1</translation>
    </message>
    <message>
        <source>Double-click to show this take</source>
        <translation>ダブルクリックでこのテイクを表示</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>%1 番目</translation>
    </message>
    <message>
        <source>Place in the queue (1 runs next)</source>
        <translation>キュー内の順番（1 が次に実行）</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Seed %1</source>
        <translation>シード %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Done: a new take</source>
        <translation>完了: 新しいテイク</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+39" />
        <source>Shotcraft projects (*.shotcraft)</source>
        <translation>Shotcraft プロジェクト (*.shotcraft)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Shot %1 has a new take</source>
        <translation>ショット %1 に新しいテイクがあります</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Zoom the timeline (Ctrl+wheel)</source>
        <translation>タイムラインをズーム (Ctrl+ホイール)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag a card to reorder it, its right edge to change its length; drop media on a card to use it.</source>
        <translation>カードをドラッグして並べ替え、右端をドラッグして長さを変更します。メディアをカードにドロップすると使用できます。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Media bin</source>
        <translation>メディアビン</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takes</source>
        <translation>テイク</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save project as</source>
        <translation>プロジェクトに名前を付けて保存</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The project could not be saved as %1: %2</source>
        <translation>プロジェクトを %1 として保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Import Media…</source>
        <translation>メディアを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
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
        <translation>ショット(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add Shot</source>
        <translation>ショットを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Duplicate Shot</source>
        <translation>ショットを複製(&amp;D)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+6" />
        <source>De&amp;lete Shot</source>
        <translation>ショットを削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
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
        <translation>4 バリエーションを生成(&amp;V)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel All Generations</source>
        <translation>すべての生成をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Play / Pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Backward</source>
        <translation>逆再生(&amp;B)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play &amp;Forward</source>
        <translation>順再生(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous Frame</source>
        <translation>前のフレーム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Frame</source>
        <translation>次のフレーム</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to Start</source>
        <translation>先頭へ移動</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to End</source>
        <translation>末尾へ移動</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set &amp;In</source>
        <translation>イン点を設定(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set &amp;Out</source>
        <translation>アウト点を設定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear In and Out</source>
        <translation>イン点とアウト点をクリア</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alt+X</source>
        <translation>Alt+X</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom Timeline &amp;In</source>
        <translation>タイムラインを拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom Timeline &amp;Out</source>
        <translation>タイムラインを縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+14" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Shot</source>
        <translation>ショットを追加</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Shotcraft</source>
        <translation>Shotcraft について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About Shotcraft</source>
        <translation>Shotcraft について</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;A local studio for authoring AI-generated video, shot by shot.&lt;/p&gt;&lt;p&gt;Model: %2 on %3&lt;/p&gt;</source>
        <translation>&lt;b&gt;Shotcraft %1&lt;/b&gt;&lt;p&gt;AI生成動画をショットごとに制作するローカルスタジオ。&lt;/p&gt;&lt;p&gt;モデル: %2 (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Create or open a project first (File ▸ New Project).</source>
        <translation>まずプロジェクトを作成するか開いてください (ファイル ▸ 新規プロジェクト)。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Select a shot to generate.</source>
        <translation>生成するショットを選んでください。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Queued. The model does not know these words and ignores them: %1</source>
        <translation>キューに追加しました。モデルはこれらの語を知らないため無視します: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Queued %n generation(s)</source>
        <translation><numerusform>%n 件の生成をキューに追加しました</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shot %1 cannot be generated: %2</source>
        <translation>ショット %1 を生成できません: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The project could not be created: %1</source>
        <translation>プロジェクトを作成できませんでした: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An export is already running.</source>
        <translation>書き出しはすでに実行中です。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was exported: %1</source>
        <translation>何も書き出されませんでした: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exporting %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Exported %1 and %2</source>
        <translation>%1 と %2 を書き出しました</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exported %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>Export cancelled</source>
        <translation>書き出しをキャンセルしました</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Model: %1 (%2)</source>
        <translation>モデル: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
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
        <translation>生成を実行中です</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit and cancel the queued generations? Finished takes are already saved.</source>
        <translation>終了してキュー内の生成をキャンセルしますか？完了したテイクは保存済みです。</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::MediaBinPanel</name>
    <message>
        <location filename="../ui/MediaBinPanel.cpp" line="+83" />
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import stills and clips (or drop files here)</source>
        <translation>静止画やクリップを読み込みます (ここにファイルをドロップしても可)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop stills and clips here</source>
        <translation>ここに静止画やクリップをドロップ</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Use as the shot's source</source>
        <translation>ショットのソースとして使う</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relink…</source>
        <translation>再リンク…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove from project</source>
        <translation>プロジェクトから削除</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import media</source>
        <translation>メディアを読み込む</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stills and clips (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</source>
        <translation>静止画とクリップ (*.png *.jpg *.jpeg *.tif *.tiff *.exr *.bmp *.webp *.mp4 *.mov *.mkv *.webm *.avi);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Relink media</source>
        <translation>メディアを再リンク</translation>
    </message>
    <message>
        <location line="+31" />
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (missing)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file is missing: double-click to relink it.
</source>
        <translation>ファイルが見つかりません。ダブルクリックで再リンクします。
</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="+14" />
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Automatic (CUDA when available)</source>
        <translation>自動 (利用可能なら CUDA)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Automatic (%1 of %2 cores)</source>
        <translation>自動 (%2 コア中 %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The built-in model</source>
        <translation>内蔵モデル</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shipped configuration</source>
        <translation>付属の設定</translation>
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
        <translation>PNG 連番</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label exported frames “AI-generated”</source>
        <translation>書き出すフレームに「AI生成」と表示する</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A new language applies at the next start.</source>
        <translation>新しい言語は次回の起動時に反映されます。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generation threads</source>
        <translation>生成スレッド数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Shotcraft models (*.shotcraft-model manifest.json)</source>
        <translation>Shotcraft モデル (*.shotcraft-model manifest.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OCIO config</source>
        <translation>OCIO 設定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OpenColorIO config</source>
        <translation>OpenColorIO 設定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>OCIO configs (*.ocio)</source>
        <translation>OCIO 設定ファイル (*.ocio)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export format</source>
        <translation>書き出し形式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::QueuePanel</name>
    <message>
        <location filename="../ui/QueuePanel.cpp" line="+32" />
        <source>Nothing queued. Select a shot and press Generate (Ctrl+Enter).</source>
        <translation>キューは空です。ショットを選んで「生成」(Ctrl+Enter) を押してください。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Clear finished</source>
        <translation>完了分を消去</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::SourceField</name>
    <message>
        <location filename="../ui/SourceField.cpp" line="+17" />
        <source>Drop a still, a clip or a shot here, or Choose one: the mode changes to the one that uses it.</source>
        <translation>静止画、クリップ、ショットをここにドロップするか選択すると、それを使うモードに切り替わります。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TakesPanel</name>
    <message>
        <location filename="../ui/TakesPanel.cpp" line="+46" />
        <source>Use take</source>
        <translation>テイクを使う</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the selected take the one the sequence plays and exports</source>
        <translation>選択したテイクをシーケンスで再生・書き出しするテイクにします</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use settings</source>
        <translation>設定を使う</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the take's prompt, seed (locked) and settings to the shot</source>
        <translation>テイクのプロンプト、シード (固定) と設定をショットにコピーします</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compare two selected takes (or the selected and the active one) side by side</source>
        <translation>選択した 2 つのテイク (または選択中とアクティブなテイク) を並べて比較します</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Delete take</source>
        <translation>テイクを削除</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete takes</source>
        <translation>テイクを削除</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Use take settings</source>
        <translation>テイクの設定を使う</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Select a shot to see its takes.</source>
        <translation>ショットを選ぶとテイクが表示されます。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No takes yet: generate this shot.</source>
        <translation>まだテイクがありません。このショットを生成してください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Take %1 ★</source>
        <translation>テイク %1 ★</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Take %1</source>
        <translation>テイク %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
(the active take)</source>
        <translation>
(アクティブなテイク)</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::TimelineView</name>
    <message>
        <location filename="../ui/TimelineView.cpp" line="+137" />
        <source>No shots yet. Add one with Shot ▸ Add Shot (Ctrl+T) and describe it in the Inspector.</source>
        <translation>まだショットがありません。ショット ▸ ショットを追加 (Ctrl+T) で追加し、インスペクタで説明を書いてください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a project (Ctrl+N) or open one (Ctrl+O).</source>
        <translation>プロジェクトを作成 (Ctrl+N) するか、開いて (Ctrl+O) ください。</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No take yet</source>
        <translation>テイクなし</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(no prompt)</source>
        <translation>(プロンプトなし)</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Trim shot</source>
        <translation>ショットをトリム</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::UnknownWordHighlighter</name>
    <message>
        <location filename="../ui/PromptEditor.cpp" line="+21" />
        <source>The model does not know this word; it will be ignored.</source>
        <translation>モデルはこの語を知りません。無視されます。</translation>
    </message>
</context>
<context>
    <name>shotcraft::ui::ViewerPanel</name>
    <message>
        <location filename="../ui/ViewerPanel.cpp" line="+47" />
        <source>Start</source>
        <translation>先頭</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to start (Home)</source>
        <translation>先頭へ移動 (Home)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Previous frame (Left)</source>
        <translation>前のフレーム (←)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止 (Space)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next frame (Right)</source>
        <translation>次のフレーム (→)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Go to end (End)</source>
        <translation>末尾へ移動 (End)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In</source>
        <translation>イン</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop start here (I)</source>
        <translation>ここをループの始まりにする (I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out</source>
        <translation>アウト</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set the loop end here (O)</source>
        <translation>ここをループの終わりにする (O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Loop playback between in and out</source>
        <translation>イン点とアウト点の間をループ再生</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit</source>
        <translation>合わせる</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fit the frame to the viewer, or show it at 100 %</source>
        <translation>フレームをビューアに合わせるか、100 % で表示します</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Display and view (OpenColorIO)</source>
        <translation>ディスプレイとビュー (OpenColorIO)</translation>
    </message>
    <message>
        <location line="+150" />
        <source>%1  frame %2 / %3</source>
        <translation>%1  フレーム %2 / %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sequence is empty: add a shot on the timeline.</source>
        <translation>シーケンスは空です。タイムラインにショットを追加してください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create or open a project to begin.</source>
        <translation>プロジェクトを作成するか開いて始めましょう。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shot %1</source>
        <translation>ショット %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Shot %1 has no take yet: select it and press Generate.</source>
        <translation>ショット %1 にはまだテイクがありません。選択して「生成」を押してください。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
</TS>