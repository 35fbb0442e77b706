// Image import benchmark: a 12-megapixel phone photo (with GPS) put on the site through the image
// dialog as a writer does it, fitted to 1600 pixels and made WebP, until the file is written. The
// peer is ImageMagick's `convert -auto-orient -resize 1600x -strip photo.jpg photo.webp`, a new
// process as a script would run it, timed in the same run. Meanwhile a 1 ms timer on the GUI
// thread records the longest time it was kept waiting from the dialog's opening until the file is
// written: the import must never block it for a frame.
#include "dialogs/imagedialog.h"
#include "site/imageimport.h"
#include "site/siteprofile.h"
#include "support/benchstats.h"
#include "support/commandrunner.h"
#include "support/exiftagger.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Postwright;

namespace {

constexpr int runs = 9;

// 4000 x 3000 with the detail of a photo (gradients, edges and sensor noise), so that neither
// JPEG nor WebP has an easy time with it.
QByteArray phonePhoto()
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator random(12);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = int(random.bounded(24));
            const int stripe = ((x / 37 + y / 53) % 2) * 40;
            line[x] =
                qRgb((x * 255 / 4000 + noise) % 256, (y * 255 / 3000 + stripe) % 256, (128 + noise + stripe) % 256);
        }
    }
    return Test::withPhoneMetadata(imageBytes(image, "JPEG", 92), 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString convert = QStandardPaths::findExecutable(u"convert"_s);
    if (convert.isEmpty()) {
        std::fprintf(stderr, "bench_images needs ImageMagick's convert (Debian package imagemagick)\n");
        return 1;
    }
    QTemporaryDir site;
    QFile config(site.filePath(u"hugo.toml"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write("title = 'Bench'\n") < 0)
        return 1;
    config.close();
    const Core::SiteProfile profile = Core::SiteProfile::detect(site.path());
    const QString post = site.filePath(u"content/posts/trip.md"_s);
    const QByteArray photo = phonePhoto();
    const QString photoPath = site.filePath(u"photo.jpg"_s);
    QFile photoFile(photoPath);
    if (!photoFile.open(QIODevice::WriteOnly) || photoFile.write(photo) != photo.size())
        return 1;
    photoFile.close();
    std::printf("photo: 4000 x 3000, %.1f MB JPEG with GPS\n", double(photo.size()) / 1e6);

    // The GUI thread's longest wait between two ticks of a 1 ms timer.
    QElapsedTimer sinceTick;
    double longestWait = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestWait = std::max(longestWait, milliseconds(sinceTick));
        sinceTick.start();
    });

    std::vector<double> postwright;
    std::vector<double> imagemagick;
    QSize written;
    qint64 writtenBytes = 0;
    bool stripped = true;
    std::vector<double> opening;
    std::vector<double> waits; // the longest of each run
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        // WebP as the blog remembers it from the last image: one preparation, as a writer waits for.
        App::ImageDialog dialog(photo, u"photo.jpg"_s, {1600, false, Core::ImageFormat::Webp});
        // Opening a dialog (its widgets, and Qt's first-use costs the first time) is not the import:
        // the GUI thread's waits are counted from here.
        opening.push_back(milliseconds(timer));
        ticker.start(1);
        sinceTick.start();
        QSignalSpy finished(&dialog, &App::ImageDialog::preparationFinished);
        while (!dialog.isReady())
            finished.wait(1000);
        const Core::Result<Core::ImportedImage> image =
            Core::ImageImport::import(profile, post, dialog.prepared().bytes, u"photo.jpg"_s);
        const double elapsed = milliseconds(timer);
        ticker.stop();
        waits.push_back(std::exchange(longestWait, 0.0));
        if (!image)
            return 1;
        postwright.push_back(elapsed);
        written = dialog.prepared().size;
        writtenBytes = dialog.prepared().bytes.size();
        stripped = stripped && !dialog.prepared().hasLocation;
        QFile::remove(image->path);

        timer.start();
        const CommandResult peer = runCommand(convert,
            {photoPath, u"-auto-orient"_s, u"-resize"_s, u"1600x"_s, u"-strip"_s, u"-quality"_s, u"82"_s,
                site.filePath(u"peer.webp"_s)});
        imagemagick.push_back(milliseconds(timer));
        if (!peer.ok()) {
            std::fprintf(stderr, "convert failed: %s\n", qPrintable(peer.err));
            return 1;
        }
    }
    const double ours = median(postwright);
    const double theirs = median(imagemagick);
    std::printf("import, 12 MP JPEG -> 1600 px WebP, median of %d: %.0f ms (goal <= 300 ms); ImageMagick convert "
                "%.0f ms; ratio %.2fx\n",
        runs, ours, theirs, ours / theirs);
    std::printf("written: %d x %d, %.0f kB, location %s\n", written.width(), written.height(),
        double(writtenBytes) / 1e3, stripped ? "removed" : "KEPT");
    std::printf("GUI thread, longest wait of each run:");
    for (const double wait : waits)
        std::printf(" %.1f", wait);
    std::printf(" ms\n");
    std::printf("GUI thread: longest wait %.1f ms while importing (goal <= 16 ms); opening the dialog %.1f ms the "
                "first time, %.1f ms after\n",
        *std::max_element(waits.begin(), waits.end()), opening.front(),
        median(std::vector<double>(opening.begin() + 1, opening.end())));
    return stripped && written == QSize(1600, 1200) ? 0 : 1;
}
