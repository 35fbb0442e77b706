#pragma once

// Test images with the metadata a phone writes, made with Exiv2's own API, and read back with it.

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

#include "support/imagebytes.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace Postwright::Test {

// A picture whose halves can be told apart after a turn: left red, right blue.
inline QByteArray twoColourImage(int width, int height, const char *format, int quality = 90)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, x < width / 2 ? qRgb(220, 20, 20) : qRgb(20, 20, 220));
    }
    return imageBytes(image, format, quality);
}

// Adds what a phone adds: GPS position, camera make and model, an XMP location, an orientation.
inline QByteArray withPhoneMetadata(const QByteArray &bytes, int orientation)
{
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
    image->readMetadata();
    Exiv2::ExifData &exif = image->exifData();
    exif["Exif.Image.Make"] = "Phonemaker";
    exif["Exif.Image.Model"] = "Pocket 12";
    exif["Exif.Image.Orientation"] = uint16_t(orientation);
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "52/1 31/1 1234/100";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    exif["Exif.GPSInfo.GPSLongitude"] = "13/1 24/1 5678/100";
    Exiv2::XmpParser::initialize();
    image->xmpData()["Xmp.exif.GPSLatitude"] = "52,31.2N";
    if (image->mimeType() != "image/webp") // WebP has no comment in Exiv2
        image->setComment("taken at home");
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.seek(0, Exiv2::BasicIo::beg);
    const Exiv2::DataBuf buffer = io.read(long(io.size()));
    return QByteArray(reinterpret_cast<const char *>(buffer.pData_), int(buffer.size_));
}

// Every metadata key Exiv2 finds, as "Exif.GPSInfo.GPSLatitude" and so on.
inline QStringList metadataKeys(const QByteArray &bytes)
{
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
    image->readMetadata();
    QStringList keys;
    for (const Exiv2::Exifdatum &datum : image->exifData())
        keys.append(QString::fromStdString(datum.key()));
    for (const Exiv2::Xmpdatum &datum : image->xmpData())
        keys.append(QString::fromStdString(datum.key()));
    for (const Exiv2::Iptcdatum &datum : image->iptcData())
        keys.append(QString::fromStdString(datum.key()));
    if (!image->comment().empty())
        keys.append(QStringLiteral("Comment"));
    return keys;
}

inline int orientationOf(const QByteArray &bytes)
{
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
    image->readMetadata();
    const auto found = image->exifData().findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    return found == image->exifData().end() ? 1 : int(found->toLong());
}

} // namespace Postwright::Test

#pragma GCC diagnostic pop
