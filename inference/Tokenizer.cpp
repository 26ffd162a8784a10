#include "inference/Tokenizer.h"

#include <algorithm>
#include <cctype>

namespace shotcraft::inference {

Tokenizer::Tokenizer(std::vector<std::string> vocabulary, int maxTokens)
    : vocabulary_(std::move(vocabulary)), maxTokens_(maxTokens) {
    for (std::size_t i = 0; i < vocabulary_.size(); ++i) {
        ids_.emplace(vocabulary_[i], static_cast<int>(i) + kFirstWord);
    }
}

std::vector<std::string> Tokenizer::words(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '\'' || c >= 0x80) {
            current.push_back(static_cast<char>(std::tolower(c)));
        } else if (!current.empty()) {
            out.push_back(current);
            current.clear();
        }
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

Tokens Tokenizer::encode(const std::string& text) const {
    Tokens tokens;
    for (const std::string& word : words(text)) {
        auto it = ids_.find(word);
        if (it == ids_.end()) {
            if (std::find(tokens.unknownWords.begin(), tokens.unknownWords.end(), word) == tokens.unknownWords.end()) {
                tokens.unknownWords.push_back(word);
            }
            continue;
        }
        if (static_cast<int>(tokens.ids.size()) >= maxTokens_) {
            tokens.truncated = true;
            continue;
        }
        tokens.ids.push_back(it->second);
    }
    if (tokens.ids.empty()) tokens.ids.push_back(kEmpty);
    return tokens;
}

}  // namespace shotcraft::inference
