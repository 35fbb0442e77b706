#include "session/postsession.h"

#include "document/textfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTextCursor>
#include <QTextDocument>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::TextFile;

PostSession::PostSession(QTextDocument *document, const QString &recoveryFolder, QObject *parent)
    : QObject(parent), m_document(document), m_recovery(recoveryFolder)
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1500);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &PostSession::autosave);
    // Someone typing without a pause still gets a recovery copy at least this often.
    m_autosaveDeadline.setSingleShot(true);
    m_autosaveDeadline.setInterval(m_autosaveTimer.interval());
    connect(&m_autosaveDeadline, &QTimer::timeout, this, &PostSession::autosave);
    connect(m_document, &QTextDocument::contentsChanged, this, &PostSession::documentChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &PostSession::fileChanged);
}

bool PostSession::isModified() const
{
    return m_document->isModified();
}

QString PostSession::fileText() const
{
    return TextFile::withLineEnding(m_document->toPlainText(), m_lineEnding);
}

Core::Status PostSession::open(const QString &path)
{
    const Core::Result<Core::LoadedText> loaded = TextFile::load(path);
    if (!loaded)
        return Core::Error{loaded.error().withLocation(QDir::toNativeSeparators(path))};
    if (hasPath())
        m_watcher.removePath(m_path);
    m_path = QFileInfo(path).absoluteFilePath();
    m_hasByteOrderMark = loaded->hasByteOrderMark;
    m_lineEnding = loaded->lineEnding;
    m_diskText = loaded->text;
    m_recoveredText.reset();
    m_autosaveTimer.stop();
    m_autosaveDeadline.stop();
    const QString text = loaded->editorText();
    emit aboutToOpen(m_path);
    m_document->setPlainText(text);
    m_document->clearUndoRedoStacks();
    m_document->setModified(false);
    watch();
    emit opened(m_path);
    if (loaded->hasMixedLineEndings)
        emit noticed(tr("This post mixes line endings; it will be saved with %1 only")
                         .arg(m_lineEnding == u"\n" ? u"LF"_s : u"CRLF"_s));
    for (const QString &warning : loaded->warnings)
        emit noticed(warning);
    if (const std::optional<Core::RecoveryStore::Entry> entry = m_recovery.find(m_path)) {
        if (entry->text == text) {
            m_recovery.discard(m_path);
        } else {
            m_recoveredText = entry->text;
            emit recoveryFound(entry->savedAt);
        }
    }
    return Core::Success{};
}

Core::Status PostSession::save()
{
    if (!hasPath())
        return Core::Error{tr("the post has no file yet: choose where to save it")};
    const QString text = fileText();
    m_watcher.removePath(m_path);
    const Core::Status written = TextFile::save(m_path, text, m_hasByteOrderMark);
    watch();
    if (!written)
        return written;
    m_diskText = text;
    m_document->setModified(false);
    m_recovery.discard(m_path);
    emit saved(m_path);
    return Core::Success{};
}

Core::Status PostSession::saveAs(const QString &path)
{
    if (hasPath())
        m_watcher.removePath(m_path);
    m_path = QFileInfo(path).absoluteFilePath();
    return save();
}

void PostSession::close()
{
    if (hasPath()) {
        m_watcher.removePath(m_path);
        m_recovery.discard(m_path);
    }
    m_path.clear();
    m_diskText.clear();
    m_recoveredText.reset();
    m_autosaveTimer.stop();
    m_autosaveDeadline.stop();
    m_document->setPlainText(QString());
    m_document->clearUndoRedoStacks();
    m_document->setModified(false);
    emit closed();
}

void PostSession::setAutosaveDelay(int milliseconds)
{
    m_autosaveTimer.setInterval(milliseconds);
    m_autosaveDeadline.setInterval(milliseconds);
}

void PostSession::restoreRecovery()
{
    if (m_recoveredText)
        replaceText(*std::exchange(m_recoveredText, std::nullopt));
}

void PostSession::discardRecovery()
{
    m_recoveredText.reset();
    if (hasPath())
        m_recovery.discard(m_path);
}

void PostSession::reloadFromDisk()
{
    const Core::Result<Core::LoadedText> again = TextFile::load(m_path);
    if (!again)
        return;
    m_diskText = again->text;
    replaceText(again->editorText());
    m_document->setModified(false);
}

void PostSession::keepOwnVersion()
{
    // Saving now writes the editor's text over the other program's.
    m_diskText = m_changedDiskText;
    m_document->setModified(true);
}

void PostSession::documentChanged()
{
    if (!m_document->isModified())
        return;
    m_autosaveTimer.start();
    if (!m_autosaveDeadline.isActive())
        m_autosaveDeadline.start();
}

void PostSession::autosave()
{
    m_autosaveTimer.stop();
    m_autosaveDeadline.stop();
    if (!hasPath() || !m_document->isModified())
        return;
    if (const Core::Status stored = m_recovery.store(m_path, m_document->toPlainText()); !stored)
        emit noticed(tr("Could not keep a recovery copy: %1").arg(stored.error().message));
}

void PostSession::watch()
{
    if (hasPath() && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void PostSession::fileChanged(const QString &path)
{
    if (path != m_path)
        return;
    // A rename-over save (ours or another editor's) drops the watch: watch the new file.
    QTimer::singleShot(50, this, [this, path] {
        if (path != m_path)
            return;
        if (!QFileInfo::exists(path)) {
            emit removedFromDisk();
            return;
        }
        watch();
        const Core::Result<Core::LoadedText> loaded = TextFile::load(path);
        if (!loaded || loaded->text == m_diskText)
            return;
        m_changedDiskText = loaded->text;
        emit changedOnDisk();
    });
}

void PostSession::replaceText(const QString &text)
{
    // As one edit, so Undo brings back what was there.
    QTextCursor cursor(m_document);
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

} // namespace Postwright::App
