#pragma once
// Word-level tokenizer over a model's vocabulary: lowercases, splits on spaces and
// punctuation, and reports the words the model does not know instead of guessing.

#include <string>
#include <unordered_map>
#include <vector>

namespace shotcraft::inference {

struct Tokens {
    std::vector<int> ids;                   // never empty: the empty prompt is one token
    std::vector<std::string> unknownWords;  // in order of appearance, without repeats
    bool truncated = false;
};

class Tokenizer {
public:
    static constexpr int kPad = 0;
    static constexpr int kEmpty = 1;
    static constexpr int kFirstWord = 2;

    Tokenizer(std::vector<std::string> vocabulary, int maxTokens);

    Tokens encode(const std::string& text) const;
    // The words of `text` as the tokenizer splits them (for highlighting in the UI).
    static std::vector<std::string> words(const std::string& text);
    int vocabularySize() const { return static_cast<int>(vocabulary_.size()) + kFirstWord; }
    int maxTokens() const { return maxTokens_; }
    const std::vector<std::string>& vocabulary() const { return vocabulary_; }

private:
    std::vector<std::string> vocabulary_;
    std::unordered_map<std::string, int> ids_;
    int maxTokens_ = 32;
};

}  // namespace shotcraft::inference
