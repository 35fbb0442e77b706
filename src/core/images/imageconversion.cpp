#include "images/imageconversion.h"

#include "images/imagemetadata.h"
#include "site/imageimport.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTransform>

#include <webp/encode.h>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

namespace {

bool turnsSideways(int orientation)
{
    return orientation >= 5 && orientation <= 8;
}

// EXIF orientation applied to the stored pixels, in the order Qt's own reader applies it.
QImage upright(QImage image, int orientation)
{
    switch (orientation) {
    case 2: return image.mirrored(true, false);
    case 3: return image.mirrored(true, true);
    case 4: return image.mirrored(false, true);
    case 5: return image.mirrored(false, true).transformed(QTransform().rotate(90));
    case 6: return image.transformed(QTransform().rotate(90));
    case 7: return image.mirrored(true, false).transformed(QTransform().rotate(90));
    case 8: return image.transformed(QTransform().rotate(270));
    default: return image;
    }
}

QByteArray qtFormatOf(const QString &extension)
{
    return extension == u"jpg" ? QByteArray("jpeg") : extension.toLatin1();
}

// libwebp itself rather than Qt's plugin, which encodes on one thread at effort 4: about 140 ms for
// a 1600-pixel photo on these machines. Effort 2 on two threads takes 55 ms, for a file about 5 %
// larger (measured with both on the same photo).
Result<QByteArray> encodeWebp(const QImage &image, int quality)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGBA8888);
    WebPConfig config;
    if (!WebPConfigPreset(&config, WEBP_PRESET_PHOTO, float(quality)))
        return Error{ImageConversion::tr("cannot write the image as %1: %2").arg(u"WEBP"_s, u"libwebp"_s)};
    config.method = 2;
    config.thread_level = 1;
    WebPPicture picture;
    WebPPictureInit(&picture);
    picture.use_argb = 1;
    picture.width = pixels.width();
    picture.height = pixels.height();
    WebPMemoryWriter memory;
    WebPMemoryWriterInit(&memory);
    picture.writer = WebPMemoryWrite;
    picture.custom_ptr = &memory;
    const bool imported = WebPPictureImportRGBA(&picture, pixels.constBits(), int(pixels.bytesPerLine())) != 0;
    const bool encoded = imported && WebPEncode(&config, &picture) != 0;
    const int errorCode = int(picture.error_code);
    WebPPictureFree(&picture);
    QByteArray bytes(reinterpret_cast<const char *>(memory.mem), qsizetype(memory.size));
    WebPMemoryWriterClear(&memory);
    if (!encoded) {
        return Error{ImageConversion::tr("cannot write the image as %1: %2")
                         .arg(u"WEBP"_s, u"libwebp error %1"_s.arg(errorCode))};
    }
    return bytes;
}

} // namespace

QString ImageConversion::extensionOf(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Keep: return {};
    case ImageFormat::Jpeg: return u"jpg"_s;
    case ImageFormat::Webp: return u"webp"_s;
    }
    return {};
}

Result<PreparedImage> ImageConversion::prepare(const QByteArray &bytes, const ImageOptions &options)
{
    PreparedImage prepared;
    prepared.originalBytes = bytes.size();
    prepared.extension = ImageImport::typeOf(bytes);
    if (prepared.extension.isEmpty())
        return Error{tr("this is not a PNG, JPEG, GIF, WebP or SVG image")};

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, qtFormatOf(prepared.extension));
    reader.setAutoTransform(false); // the orientation comes from Exiv2, for every format alike
    reader.setAllocationLimit(1024); // MB: a 100-megapixel photo still opens
    const QSize stored = reader.size();

    // SVG scales by itself and an animated GIF would lose its frames: both are kept as they are.
    if (prepared.extension == u"svg" || prepared.extension == u"gif") {
        prepared.canResize = false;
        prepared.bytes = bytes;
        prepared.size = prepared.originalSize = stored;
        if (prepared.extension == u"gif") {
            const Result<MetadataSummary> summary = ImageMetadata::inspect(bytes);
            prepared.hadLocation = prepared.hasLocation = summary && summary->hasLocation;
        }
        return prepared;
    }
    if (!stored.isValid())
        return Error{tr("cannot read the image: %1").arg(reader.errorString())};

    const Result<MetadataSummary> summary = ImageMetadata::inspect(bytes);
    const int orientation = summary ? summary->orientation : 1;
    prepared.hadLocation = summary && summary->hasLocation;
    prepared.originalSize = turnsSideways(orientation) ? stored.transposed() : stored;

    const bool resize = options.fitWidth > 0 && prepared.originalSize.width() > options.fitWidth;
    const QString wanted = options.format == ImageFormat::Keep ? prepared.extension : extensionOf(options.format);
    // Metadata Exiv2 cannot read cannot be removed by it either: then the pixels are written anew.
    const bool reencode = resize || wanted != prepared.extension || (!summary && !options.keepMetadata);

    if (!reencode) {
        prepared.size = prepared.originalSize;
        if (options.keepMetadata || !summary->hasAnyMetadata) {
            prepared.bytes = bytes;
        } else {
            Result<QByteArray> stripped = ImageMetadata::strip(bytes, true);
            if (!stripped)
                return stripped.error();
            prepared.bytes = std::move(stripped).value();
        }
        prepared.hasLocation = options.keepMetadata && prepared.hadLocation;
        return prepared;
    }

    QSize shown = prepared.originalSize;
    if (resize)
        shown = QSize(options.fitWidth, qMax(1, qRound(double(shown.height()) * options.fitWidth / shown.width())));
    // JPEG decodes straight to a smaller size (libjpeg's scaled IDCT): much less work for a big photo.
    reader.setScaledSize(turnsSideways(orientation) ? shown.transposed() : shown);
    QImage image = reader.read();
    if (image.isNull())
        return Error{tr("cannot read the image: %1").arg(reader.errorString())};
    image = upright(std::move(image), orientation);

    if (wanted == u"jpg" && image.hasAlphaChannel()) {
        // JPEG has no transparency: what was see-through shows white, as on most pages.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = std::move(flat);
    }

    QByteArray encoded;
    if (wanted == u"webp") {
        Result<QByteArray> webp = encodeWebp(image, options.quality);
        if (!webp)
            return webp.error();
        encoded = std::move(webp).value();
    } else {
        QBuffer output(&encoded);
        output.open(QIODevice::WriteOnly);
        QImageWriter writer(&output, qtFormatOf(wanted));
        writer.setQuality(options.quality);
        if (!writer.write(image))
            return Error{tr("cannot write the image as %1: %2").arg(wanted.toUpper(), writer.errorString())};
        output.close();
    }

    // Qt writes no EXIF, but it may carry text chunks over from the original: those go too.
    Result<QByteArray> finished =
        options.keepMetadata ? ImageMetadata::copy(bytes, encoded) : ImageMetadata::strip(encoded, false);
    prepared.bytes = finished ? std::move(finished).value() : encoded;
    prepared.extension = wanted;
    prepared.size = image.size();
    prepared.reencoded = true;
    const Result<MetadataSummary> after = ImageMetadata::inspect(prepared.bytes);
    prepared.hasLocation = after && after->hasLocation;
    return prepared;
}

} // namespace Postwright::Core
