// The shipped OCIO config against the published formulas: sRGB EOTF, Rec.709 OETF and
// the ACEScg matrix derived here from the chromaticities (Bradford D60 -> D65).

#include "media/ColorManager.h"
#include "media/MediaError.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace shotcraft;
using Mat3 = std::array<std::array<double, 3>, 3>;

namespace {

double srgbEotf(double v) {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
double srgbInverseEotf(double l) {
    return l <= 0.0031308 ? 12.92 * l : 1.055 * std::pow(l, 1 / 2.4) - 0.055;
}
double rec709Oetf(double l) {
    return l < 0.018 ? 4.5 * l : 1.099 * std::pow(l, 0.45) - 0.099;
}
double rec709InverseOetf(double v) {
    return v < 0.081 ? v / 4.5 : std::pow((v + 0.099) / 1.099, 1 / 0.45);
}

Mat3 multiply(const Mat3& a, const Mat3& b) {
    Mat3 r{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k) r[i][j] += a[i][k] * b[k][j];
    return r;
}

Mat3 inverse(const Mat3& m) {
    const double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
                       m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
                       m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    Mat3 r{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            const int a = (j + 1) % 3, b = (j + 2) % 3, c = (i + 1) % 3, d = (i + 2) % 3;
            r[i][j] = (m[a][c] * m[b][d] - m[a][d] * m[b][c]) / det;
        }
    return r;
}

std::array<double, 3> xyzOf(double x, double y) {
    return {x / y, 1.0, (1 - x - y) / y};
}

Mat3 rgbToXyz(const std::array<std::array<double, 2>, 3>& primaries, std::array<double, 2> white) {
    Mat3 m{};
    for (int j = 0; j < 3; ++j) {
        const auto c = xyzOf(primaries[j][0], primaries[j][1]);
        for (int i = 0; i < 3; ++i) m[i][j] = c[i];
    }
    const Mat3 inv = inverse(m);
    const auto w = xyzOf(white[0], white[1]);
    for (int j = 0; j < 3; ++j) {
        const double s = inv[j][0] * w[0] + inv[j][1] * w[1] + inv[j][2] * w[2];
        for (int i = 0; i < 3; ++i) m[i][j] *= s;
    }
    return m;
}

Mat3 bradford(std::array<double, 2> from, std::array<double, 2> to) {
    const Mat3 b{{{0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}}};
    auto apply = [&](std::array<double, 3> v) {
        std::array<double, 3> r{};
        for (int i = 0; i < 3; ++i) r[i] = b[i][0] * v[0] + b[i][1] * v[1] + b[i][2] * v[2];
        return r;
    };
    const auto s = apply(xyzOf(from[0], from[1]));
    const auto d = apply(xyzOf(to[0], to[1]));
    const Mat3 scale{{{d[0] / s[0], 0, 0}, {0, d[1] / s[1], 0}, {0, 0, d[2] / s[2]}}};
    return multiply(inverse(b), multiply(scale, b));
}

// ACEScg (AP1, D60) to linear Rec.709 (D65), from the published chromaticities.
Mat3 acescgToRec709() {
    const std::array<double, 2> d60{0.32168, 0.33767}, d65{0.3127, 0.3290};
    const Mat3 ap1 = rgbToXyz({{{0.713, 0.293}, {0.165, 0.830}, {0.128, 0.044}}}, d60);
    const Mat3 rec709 = rgbToXyz({{{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}}}, d65);
    return multiply(inverse(rec709), multiply(bradford(d60, d65), ap1));
}

}  // namespace

class TestColor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { colors_ = std::make_unique<media::ColorManager>(media::ColorManager::defaultConfigPath()); }

    void configHasTheSpaces() {
        for (const char* name : {"sRGB", "Linear Rec.709", "Rec.709", "ACEScg", "Raw"}) {
            QVERIFY2(colors_->hasColorSpace(name), name);
        }
        QCOMPARE(colors_->workingSpace(), std::string("Linear Rec.709"));
        QCOMPARE(colors_->defaultDisplay(), std::string("sRGB"));
        QVERIFY(colors_->views("sRGB").size() >= 2);
    }

    void transferCurvesMatchFormulas_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("curve");
        QTest::newRow("sRGB EOTF") << "sRGB"
                                   << "Linear Rec.709" << 0;
        QTest::newRow("sRGB inverse EOTF") << "Linear Rec.709"
                                           << "sRGB" << 1;
        QTest::newRow("Rec.709 OETF") << "Linear Rec.709"
                                      << "Rec.709" << 2;
        QTest::newRow("Rec.709 inverse OETF") << "Rec.709"
                                              << "Linear Rec.709" << 3;
    }

    void transferCurvesMatchFormulas() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, curve);
        constexpr int n = 2001;
        std::vector<float> rgb(3 * n);
        for (int i = 0; i < n; ++i) rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = float(i) / (n - 1);
        colors_->convertPixels(rgb.data(), n, from.toStdString(), to.toStdString());
        double worst = 0;
        for (int i = 0; i < n; ++i) {
            const double x = double(i) / (n - 1);
            const double expected = curve == 0   ? srgbEotf(x)
                                    : curve == 1 ? srgbInverseEotf(x)
                                    : curve == 2 ? rec709Oetf(x)
                                                 : rec709InverseOetf(x);
            for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(rgb[3 * i + c] - expected));
        }
        QVERIFY2(worst <= 1e-4, qPrintable(QString("max error %1").arg(worst)));
    }

    void acescgMatrixMatchesChromaticities() {
        const Mat3 toRec709 = acescgToRec709();
        const Mat3 toAcescg = inverse(toRec709);
        const std::vector<std::array<float, 3>> samples{
            {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 1}, {0.18f, 0.18f, 0.18f}, {0.9f, 0.3f, 0.05f}, {2.5f, 0.7f, 1.2f}};
        for (const auto& s : samples) {
            for (bool forward : {true, false}) {
                std::array<float, 3> px = s;
                colors_->convertPixels(px.data(), 1, forward ? "ACEScg" : "Linear Rec.709",
                                       forward ? "Linear Rec.709" : "ACEScg");
                const Mat3& m = forward ? toRec709 : toAcescg;
                for (int i = 0; i < 3; ++i) {
                    const double expected = m[i][0] * s[0] + m[i][1] * s[1] + m[i][2] * s[2];
                    QVERIFY2(std::abs(px[i] - expected) <= 1e-4,
                             qPrintable(QString("%1 vs %2").arg(px[i]).arg(expected)));
                }
            }
        }
        // White stays white (both are normalised to their white point).
        std::array<float, 3> white{1, 1, 1};
        colors_->convertPixels(white.data(), 1, "ACEScg", "Linear Rec.709");
        for (float v : white) QVERIFY(std::abs(v - 1.0f) < 1e-4);
    }

    void inputToWorkingToModelToDisplay() {
        // An ACEScg still: to working (linear), to model space (sRGB), and the sRGB display's
        // Standard view of the linear image gives the same sRGB values.
        media::Image acescg(4, 1, 3, media::SampleType::Float32);
        for (int x = 0; x < 4; ++x)
            for (int c = 0; c < 3; ++c) acescg.setSample(x, 0, c, 0.1f * (x + 1) + 0.05f * c);
        const media::Image linear = colors_->convert(acescg, "ACEScg", colors_->workingSpace());
        const media::Image model = colors_->toModelSpace(acescg, "ACEScg");
        const media::Image shown = colors_->toDisplay(linear, "Linear Rec.709", "sRGB", "Standard");
        for (int x = 0; x < 4; ++x)
            for (int c = 0; c < 3; ++c) {
                QVERIFY(std::abs(model.sample(x, 0, c) - shown.sample(x, 0, c)) < 1e-5);
                QVERIFY(std::abs(model.sample(x, 0, c) - srgbInverseEotf(std::max(0.0f, linear.sample(x, 0, c)))) <
                        1e-4);
            }
    }

    void eightBitRoundTripKeepsCodes() {
        media::Image image(256, 1, 3, media::SampleType::UInt8);
        for (int x = 0; x < 256; ++x)
            for (int c = 0; c < 3; ++c) image.data()[3 * x + c] = static_cast<std::uint8_t>(x);
        const media::Image back =
            colors_->convert(colors_->convert(image, "sRGB", "Linear Rec.709"), "Linear Rec.709", "sRGB");
        // Through 8-bit linear, dark codes collapse; through float they must not.
        const media::Image viaFloat =
            colors_
                ->convert(colors_->convert(image.converted(media::SampleType::Float32, 3), "sRGB", "Linear Rec.709"),
                          "Linear Rec.709", "sRGB")
                .converted(media::SampleType::UInt8, 3);
        QVERIFY(viaFloat == image);
        QCOMPARE(back.sampleType(), media::SampleType::UInt8);
    }

    void unknownNamesAreErrors() {
        media::Image image(2, 2, 3, media::SampleType::Float32);
        QVERIFY_THROWS_EXCEPTION(media::MediaError, colors_->convert(image, "sRGB", "Nonexistent"));
        QVERIFY_THROWS_EXCEPTION(media::MediaError, media::ColorManager("/no/such/config.ocio"));
    }

private:
    std::unique_ptr<media::ColorManager> colors_;
};

QTEST_GUILESS_MAIN(TestColor)
#include "tst_color.moc"
