#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Postwright::App {

// One compact JSON object, written straight into UTF-8 as fields are added: the command line
// prints thousands of them, where building a QJsonObject for each cost more than reading the post.
class JsonLine final {
public:
    JsonLine &add(const char *key, const QString &value);
    JsonLine &add(const char *key, const QStringList &values);
    JsonLine &add(const char *key, int value);
    JsonLine &add(const char *key, bool value);
    JsonLine &addNull(const char *key);
    // A nested object, already written.
    JsonLine &add(const char *key, const JsonLine &object);
    QByteArray text() const { return m_text + '}'; }

    static void appendString(QByteArray &out, const QString &value);

private:
    void appendKey(const char *key);

    QByteArray m_text = "{";
};

} // namespace Postwright::App
