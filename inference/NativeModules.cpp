#include "inference/NativeModules.h"

#include "inference/InferenceError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstring>
#include <map>

namespace shotcraft::inference {
namespace {

constexpr char kMagic[16] = {'S', 'H', 'O', 'T', 'C', 'R', 'A', 'F', 'T', '-', 'M', 'O', 'D', 'E', 'L', '\0'};
constexpr qint64 kHashBytes = 32;

nn::VideoDiTOptions ditOptions(const ModelConfig& c) {
    nn::VideoDiTOptions o;
    o.latentChannels = c.latentChannels;
    o.width = c.width;
    o.depth = c.depth;
    o.heads = c.heads;
    o.textWidth = c.textWidth;
    o.patchT = c.patchT;
    o.patchH = c.patchH;
    o.patchW = c.patchW;
    o.rotaryBlocks = c.rotaryBlocks;
    o.frameModulation = c.frameModulation;
    o.layoutPrior = c.layoutPrior;
    return o;
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

}  // namespace

NativeModules::NativeModules(const ModelConfig& c)
    : autoencoder(c.latentChannels, c.aeWidths),
      textEncoder(static_cast<int>(c.vocabulary.size()) + 2, c.textWidth, c.textLayers, c.textHeads, c.maxTokens),
      dit(ditOptions(c)) {
    if (autoencoder->downsample() != c.downsample) {
        throw InferenceError("model config: 'downsample' " + std::to_string(c.downsample) +
                             " does not match the autoencoder widths");
    }
}

std::vector<std::pair<std::string, torch::Tensor>> NativeModules::namedParameters() const {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& p : autoencoder->named_parameters()) out.emplace_back("ae." + p.key(), p.value());
    for (const auto& p : textEncoder->named_parameters()) out.emplace_back("text." + p.key(), p.value());
    for (const auto& p : dit->named_parameters()) out.emplace_back("dit." + p.key(), p.value());
    return out;
}

void NativeModules::to(const torch::Device& device) {
    autoencoder->to(device);
    textEncoder->to(device);
    dit->to(device);
}

void NativeModules::eval() {
    autoencoder->eval();
    textEncoder->eval();
    dit->eval();
}

void saveModelFile(const std::string& path, const ModelConfig& config, const NativeModules& modules,
                   const QJsonObject& metadata, bool halfPrecision) {
    QJsonArray table;
    QByteArray blob;
    for (const auto& [name, parameter] : modules.namedParameters()) {
        auto tensor = parameter.detach().to(torch::kCPU).contiguous();
        tensor = halfPrecision ? tensor.to(torch::kFloat16) : tensor.to(torch::kFloat32);
        QJsonArray shape;
        for (auto d : tensor.sizes()) shape.append(static_cast<qint64>(d));
        const qint64 bytes = static_cast<qint64>(tensor.numel() * tensor.element_size());
        table.append(QJsonObject{{"name", QString::fromStdString(name)},
                                 {"dtype", halfPrecision ? "f16" : "f32"},
                                 {"shape", shape},
                                 {"offset", blob.size()},
                                 {"bytes", bytes}});
        blob.append(static_cast<const char*>(tensor.data_ptr()), bytes);
    }
    const QByteArray header =
        QJsonDocument(QJsonObject{{"config", config.toJson()}, {"tensors", table}, {"metadata", metadata}})
            .toJson(QJsonDocument::Compact);
    QByteArray contents(kMagic, sizeof kMagic);
    const std::uint32_t version = kModelFileVersion;
    const std::uint64_t headerSize = static_cast<std::uint64_t>(header.size());
    contents.append(reinterpret_cast<const char*>(&version), 4);
    contents.append(reinterpret_cast<const char*>(&headerSize), 8);
    contents.append(header);
    contents.append(blob);
    contents.append(QCryptographicHash::hash(contents, QCryptographicHash::Sha256));

    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        throw InferenceError("cannot write model file '" + path + "': " + file.errorString().toStdString());
    }
}

bool joinsLayoutPriorAsNoOp(const std::string& name) {
    // The second object's readouts and both silhouettes reach the DiT only through their
    // embeddings, which start at zero.
    for (const char* part :
         {"dit.layout.second_", "dit.layout_embed_second.", "dit.layout.shape.", "dit.layout_silhouette_embed"}) {
        if (name.rfind(part, 0) == 0) return true;
    }
    return false;
}

LoadedModel loadModelFile(const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.exists()) throw InferenceError("model file not found: " + path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InferenceError("cannot read model file '" + path + "': " + file.errorString().toStdString());
    }
    const QByteArray contents = file.readAll();
    const qint64 prefix = sizeof kMagic + 4 + 8;
    if (contents.size() < prefix || std::memcmp(contents.constData(), kMagic, sizeof kMagic) != 0) {
        throw InferenceError("'" + path + "' is not a Shotcraft model file");
    }
    std::uint32_t version = 0;
    std::uint64_t headerSize = 0;
    std::memcpy(&version, contents.constData() + sizeof kMagic, 4);
    std::memcpy(&headerSize, contents.constData() + sizeof kMagic + 4, 8);
    if (version > kModelFileVersion) {
        throw InferenceError("model file '" + path + "' has format version " + std::to_string(version) +
                             "; this Shotcraft reads up to version " + std::to_string(kModelFileVersion));
    }
    if (contents.size() < prefix + kHashBytes ||
        headerSize > static_cast<std::uint64_t>(contents.size() - prefix - kHashBytes)) {
        throw InferenceError("model file '" + path + "' is truncated");
    }
    const QByteArray body = contents.left(contents.size() - kHashBytes);
    const QByteArray storedHash = contents.right(kHashBytes);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != storedHash) {
        throw InferenceError("model file '" + path + "' is corrupt (its checksum does not match)");
    }
    QJsonParseError parseError{};
    const QJsonDocument header =
        QJsonDocument::fromJson(body.mid(prefix, static_cast<qsizetype>(headerSize)), &parseError);
    if (header.isNull()) {
        throw InferenceError("model file '" + path +
                             "' has an unreadable header: " + parseError.errorString().toStdString());
    }
    const qint64 dataStart = prefix + static_cast<qint64>(headerSize);
    const qint64 dataSize = body.size() - dataStart;

    LoadedModel loaded;
    loaded.config = ModelConfig::fromJson(header["config"].toObject());
    loaded.metadata = header["metadata"].toObject();
    loaded.hash = storedHash.toHex().toStdString();
    loaded.modules = std::make_unique<NativeModules>(loaded.config);

    std::map<std::string, QJsonObject> entries;
    for (const auto& e : header["tensors"].toArray()) {
        entries[e.toObject()["name"].toString().toStdString()] = e.toObject();
    }
    torch::NoGradGuard noGrad;
    for (auto& [name, parameter] : loaded.modules->namedParameters()) {
        auto it = entries.find(name);
        if (it == entries.end() && joinsLayoutPriorAsNoOp(name)) continue;
        if (it == entries.end()) {
            throw InferenceError("model file '" + path + "' lacks the tensor '" + name + "' its config needs");
        }
        const QJsonObject& e = it->second;
        std::vector<int64_t> shape;
        for (const auto& d : e["shape"].toArray()) shape.push_back(d.toInteger());
        if (shape != parameter.sizes().vec()) {
            throw InferenceError("model file '" + path + "': tensor '" + name + "' has shape " + shapeText(shape) +
                                 " but the config needs " + shapeText(parameter.sizes().vec()));
        }
        const bool half = e["dtype"].toString() == "f16";
        const qint64 offset = e["offset"].toInteger();
        const qint64 bytes = e["bytes"].toInteger();
        if (offset < 0 || bytes != parameter.numel() * (half ? 2 : 4) || offset + bytes > dataSize) {
            throw InferenceError("model file '" + path + "': tensor '" + name + "' lies outside the file");
        }
        auto source = torch::from_blob(const_cast<char*>(body.constData() + dataStart + offset), shape,
                                       half ? torch::kFloat16 : torch::kFloat32);
        parameter.copy_(source.to(torch::kFloat32));
        entries.erase(it);
    }
    if (!entries.empty()) {
        throw InferenceError("model file '" + path + "' has tensors its config does not use (first: '" +
                             entries.begin()->first + "')");
    }
    loaded.modules->eval();
    return loaded;
}

}  // namespace shotcraft::inference
