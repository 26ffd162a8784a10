#pragma once
// The prompt editor: plain text that underlines in red the words the loaded model does
// not know (they would be ignored), and lists them under the field.

#include <QPlainTextEdit>
#include <QStringList>
#include <QSyntaxHighlighter>

#include <functional>

namespace shotcraft::ui {

class UnknownWordHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit UnknownWordHighlighter(QTextDocument* document);
    void setUnknownWords(const QStringList& words);

protected:
    void highlightBlock(const QString& text) override;

private:
    QStringList words_;
};

class PromptEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    // `unknownWords` tells which words of a text the model does not know.
    PromptEditor(std::function<QStringList(const QString&)> unknownWords, QWidget* parent = nullptr);
    // Sets the text without moving the cursor when it is already the same.
    void setPrompt(const QString& text);
    QStringList unknownWords() const { return unknown_; }
    void recheck();
    QSize sizeHint() const override;

signals:
    void unknownWordsChanged(const QStringList& words);

private:
    std::function<QStringList(const QString&)> check_;
    UnknownWordHighlighter* highlighter_;
    QStringList unknown_;
};

}  // namespace shotcraft::ui
