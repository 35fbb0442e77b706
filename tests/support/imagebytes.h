#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

// An image as the bytes of a file of that format, made in memory.
inline QByteArray imageBytes(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}
