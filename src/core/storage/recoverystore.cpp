#include "storage/recoverystore.h"

#include "document/textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Postwright::Core {

using namespace Qt::Literals::StringLiterals;

RecoveryStore::RecoveryStore(const QString &folder) : m_folder(folder) { }

QString RecoveryStore::fileFor(const QString &postPath) const
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(postPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return QDir(m_folder).filePath(QString::fromLatin1(hash) + u".recovery"_s);
}

Status RecoveryStore::store(const QString &postPath, const QString &text) const
{
    if (!QDir().mkpath(m_folder))
        return Error{u"cannot create the recovery folder %1"_s.arg(m_folder)};
    // The first line names the post; the rest is the text exactly as it was in the editor.
    return TextFile::save(fileFor(postPath), QFileInfo(postPath).absoluteFilePath() + u'\n' + text, false);
}

std::optional<RecoveryStore::Entry> RecoveryStore::find(const QString &postPath) const
{
    const QString file = fileFor(postPath);
    const Result<LoadedText> loaded = TextFile::load(file);
    if (!loaded)
        return std::nullopt;
    const qsizetype newline = loaded->text.indexOf(u'\n');
    if (newline < 0 || loaded->text.left(newline) != QFileInfo(postPath).absoluteFilePath())
        return std::nullopt;
    return Entry{loaded->text.left(newline), loaded->text.mid(newline + 1), QFileInfo(file).lastModified()};
}

void RecoveryStore::discard(const QString &postPath) const
{
    QFile::remove(fileFor(postPath));
}

} // namespace Postwright::Core
