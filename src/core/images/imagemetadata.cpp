#include "images/imagemetadata.h"

// Exiv2 0.27's handles are std::auto_ptr, deprecated since C++11; the library gives no other.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

#include <mutex>
#include <optional>

namespace Postwright::Core {

namespace {

void quietenExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Warnings about odd segments go to stderr otherwise; the caller reports what matters.
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize(); // once, before threads use XMP
    });
}

Exiv2::Image::AutoPtr opened(const QByteArray &bytes)
{
    quietenExiv2();
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
    if (image.get() == nullptr)
        throw Exiv2::Error(Exiv2::kerFileContainsUnknownImageType);
    image->readMetadata();
    return image;
}

QByteArray contentsOf(Exiv2::Image &image)
{
    Exiv2::BasicIo &io = image.io();
    io.seek(0, Exiv2::BasicIo::beg);
    const Exiv2::DataBuf buffer = io.read(long(io.size()));
    return QByteArray(reinterpret_cast<const char *>(buffer.pData_), int(buffer.size_));
}

bool isCameraKey(const std::string &group, const std::string &tag)
{
    static const char *const cameraTags[] = {"Make", "Model", "BodySerialNumber", "LensSerialNumber",
        "CameraSerialNumber", "SerialNumber", "LensModel", "LensMake", "CameraOwnerName", "OwnerName"};
    if (group.rfind("Makernote", 0) == 0 || group == "MakerNote")
        return true;
    for (const char *camera : cameraTags) {
        if (tag == camera)
            return true;
    }
    return false;
}

QString failure(const Exiv2::AnyError &error)
{
    return ImageMetadata::tr("cannot read the image's metadata: %1").arg(QString::fromStdString(error.what()));
}

} // namespace

Result<MetadataSummary> ImageMetadata::inspect(const QByteArray &bytes)
{
    try {
        const Exiv2::Image::AutoPtr image = opened(bytes);
        MetadataSummary summary;
        const Exiv2::ExifData &exif = image->exifData();
        for (const Exiv2::Exifdatum &datum : exif) {
            const std::string group = datum.groupName();
            summary.hasLocation = summary.hasLocation || group == "GPSInfo";
            summary.hasCameraData =
                summary.hasCameraData || isCameraKey(group, datum.tagName()) || datum.key() == "Exif.Photo.MakerNote";
        }
        for (const Exiv2::Xmpdatum &datum : image->xmpData()) {
            const std::string name = datum.tagName();
            summary.hasLocation = summary.hasLocation || name.rfind("GPS", 0) == 0 || name == "Location"
                || name == "LocationCreated" || name == "LocationShown";
        }
        for (const Exiv2::Iptcdatum &datum : image->iptcData()) {
            const std::string name = datum.tagName();
            summary.hasLocation = summary.hasLocation || name == "City" || name == "SubLocation"
                || name == "ProvinceState" || name == "CountryName";
        }
        summary.hasAnyMetadata = !exif.empty() || !image->iptcData().empty() || !image->xmpData().empty()
            || !image->xmpPacket().empty() || !image->comment().empty();
        const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != exif.end() && orientation->count() > 0) {
            const long value = orientation->toLong();
            summary.orientation = value >= 1 && value <= 8 ? int(value) : 1;
        }
        return summary;
    } catch (const Exiv2::AnyError &error) {
        return Error{failure(error)};
    }
}

Result<QByteArray> ImageMetadata::strip(const QByteArray &bytes, bool keepOrientation)
{
    try {
        const Exiv2::Image::AutoPtr image = opened(bytes);
        const Exiv2::ExifData &exif = image->exifData();
        std::optional<uint16_t> orientation;
        const auto found = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (keepOrientation && found != exif.end() && found->count() > 0 && found->toLong() != 1)
            orientation = uint16_t(found->toLong());
        image->clearExifData();
        image->clearIptcData();
        image->clearXmpData();
        image->clearXmpPacket();
        image->clearComment();
        if (orientation)
            image->exifData()["Exif.Image.Orientation"] = *orientation;
        image->writeMetadata();
        return contentsOf(*image);
    } catch (const Exiv2::AnyError &error) {
        return Error{failure(error)};
    }
}

Result<QByteArray> ImageMetadata::copy(const QByteArray &from, const QByteArray &to)
{
    try {
        const Exiv2::Image::AutoPtr source = opened(from);
        const Exiv2::Image::AutoPtr target = opened(to);
        Exiv2::ExifData exif = source->exifData();
        const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != exif.end())
            exif.erase(orientation);
        // The thumbnail and the stored dimensions describe the original, not this copy.
        Exiv2::ExifThumb(exif).erase();
        target->setExifData(exif);
        target->setIptcData(source->iptcData());
        target->setXmpData(source->xmpData());
        target->writeMetadata();
        return contentsOf(*target);
    } catch (const Exiv2::AnyError &error) {
        return Error{failure(error)};
    }
}

} // namespace Postwright::Core

#pragma GCC diagnostic pop
