#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace Postwright::Core {

enum class ImageFormat { Keep, Jpeg, Webp };

// How a writer wants an image put on the site.
struct ImageOptions {
    int fitWidth = 0; // at most this many pixels wide, as shown; 0 keeps the size
    ImageFormat format = ImageFormat::Keep;
    bool keepMetadata = false; // else location, camera data and the rest are removed
    int quality = 82; // JPEG and WebP, 0..100
};

// An image ready to be written: its bytes and what was done to get them.
struct PreparedImage {
    QByteArray bytes;
    QString extension; // "jpg", "png", "webp", "gif", "svg"
    QSize size; // as a browser shows it, upright
    QSize originalSize; // the same, before any resize
    qint64 originalBytes = 0;
    bool reencoded = false; // false: the original pixels, with only the metadata rewritten
    bool hadLocation = false; // the original carried GPS or another location
    bool hasLocation = false; // these bytes still do (only when metadata was kept)
    bool canResize = true; // false for SVG and GIF, which are kept as they are
};

// Turns the bytes a writer pasted or chose into the bytes the site should serve: upright, no wider
// than asked, in the format asked, without location data unless asked to keep it. Pure and
// thread-safe, so the image dialog can run it off the GUI thread on every change of an option.
class ImageConversion final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::ImageConversion)

public:
    static Result<PreparedImage> prepare(const QByteArray &bytes, const ImageOptions &options);
    static QString extensionOf(ImageFormat format);
};

} // namespace Postwright::Core
