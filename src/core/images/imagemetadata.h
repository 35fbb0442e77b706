#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Postwright::Core {

// What an image file says about itself beyond its pixels, read with Exiv2.
struct MetadataSummary {
    bool hasLocation = false; // any EXIF GPS tag, or an XMP exif:GPS… property
    bool hasCameraData = false; // make, model, serial numbers, maker notes
    bool hasAnyMetadata = false; // EXIF, IPTC, XMP or a comment
    int orientation = 1; // EXIF orientation, 1..8; 1 is upright
};

// Reads and removes the metadata of an image held in memory (JPEG, PNG, WebP, GIF). Removing
// rewrites only the metadata segments: the compressed pixels are left as they were.
class ImageMetadata final {
    Q_DECLARE_TR_FUNCTIONS(Postwright::Core::ImageMetadata)

public:
    static Result<MetadataSummary> inspect(const QByteArray &bytes);
    // Everything goes (EXIF with GPS and maker notes, IPTC, XMP, comments) except the orientation,
    // which keepOrientation keeps so that an image that was not re-encoded stays upright.
    static Result<QByteArray> strip(const QByteArray &bytes, bool keepOrientation);
    // The metadata of from, written into to (a re-encoded copy of it), with the orientation reset to
    // upright because the pixels of to were turned already.
    static Result<QByteArray> copy(const QByteArray &from, const QByteArray &to);
};

} // namespace Postwright::Core
