#include "ui/PromptEditor.h"

#include <QRegularExpression>

namespace shotcraft::ui {

UnknownWordHighlighter::UnknownWordHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void UnknownWordHighlighter::setUnknownWords(const QStringList& words) {
    if (words == words_) return;
    words_ = words;
    rehighlight();
}

void UnknownWordHighlighter::highlightBlock(const QString& text) {
    if (words_.isEmpty()) return;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(220, 50, 47));
    format.setForeground(QColor(200, 40, 40));
    format.setToolTip(tr("The model does not know this word; it will be ignored."));
    // Words as the tokenizer splits them: letters, digits and apostrophes.
    static const QRegularExpression word("[\\p{L}\\p{N}']+");
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (words_.contains(match.captured().toLower()))
            setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), format);
    }
}

PromptEditor::PromptEditor(std::function<QStringList(const QString&)> unknownWords, QWidget* parent)
    : QPlainTextEdit(parent), check_(std::move(unknownWords)), highlighter_(new UnknownWordHighlighter(document())) {
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, &PromptEditor::recheck);
}

void PromptEditor::setPrompt(const QString& text) {
    if (toPlainText() == text) return;
    {
        // Loading a shot's prompt is not an edit: no textChanged.
        const QSignalBlocker blocker(this);
        setPlainText(text);
    }
    recheck();
}

void PromptEditor::recheck() {
    const QStringList unknown = check_ ? check_(toPlainText()) : QStringList();
    highlighter_->setUnknownWords(unknown);
    if (unknown != unknown_) {
        unknown_ = unknown;
        emit unknownWordsChanged(unknown_);
    }
}

QSize PromptEditor::sizeHint() const {
    return {240, fontMetrics().lineSpacing() * 4 + 12};
}

}  // namespace shotcraft::ui
