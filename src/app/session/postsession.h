#pragma once

#include "storage/recoverystore.h"
#include "util/result.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

class QTextDocument;

namespace Postwright::App {

// The open post's file and the document that holds its text: loading and saving it (its line
// endings and byte order mark written back as they were), a recovery copy while the writer types,
// and changes other programs make on disk. It has no widgets and asks nobody anything: it emits
// what happened, and the window shows it and brings back the writer's answer.
class PostSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostSession)

public:
    PostSession(QTextDocument *document, const QString &recoveryFolder, QObject *parent = nullptr);

    QTextDocument *document() const { return m_document; }
    QString path() const { return m_path; }
    bool hasPath() const { return !m_path.isEmpty(); }
    bool isModified() const;
    // The text as it will be written: the document's, with the file's line endings.
    QString fileText() const;

    // Reads a post into the document as a fresh text (no undo history, not modified). On failure
    // the document and the open post stay as they were.
    Core::Status open(const QString &path);
    Core::Status save();
    Core::Status saveAs(const QString &path);
    // No post is open any more (its file went to the trash, say): the document is emptied.
    void close();

    void setAutosaveDelay(int milliseconds);
    int autosaveDelay() const { return m_autosaveTimer.interval(); }
    const Core::RecoveryStore &recoveryStore() const { return m_recovery; }
    // The answers to recoveryFound: the kept text replaces the document's as one undoable edit.
    void restoreRecovery();
    void discardRecovery();
    // The answers to changedOnDisk: the disk's text as one undoable edit, or the writer's kept (the
    // next save writes it over the other program's).
    void reloadFromDisk();
    void keepOwnVersion();

signals:
    // The file was read and is about to replace the document's text (the preview gets ready for it).
    void aboutToOpen(const QString &path);
    void opened(const QString &path);
    void saved(const QString &path);
    void closed();
    // Something the writer should read, not answer: mixed line endings, a large file, a recovery
    // copy that could not be written.
    void noticed(const QString &message);
    // The post has unsaved text from a session that did not end normally.
    void recoveryFound(const QDateTime &savedAt);
    void changedOnDisk();
    void removedFromDisk();

private:
    void documentChanged();
    void autosave();
    void watch();
    void fileChanged(const QString &path);
    void replaceText(const QString &text);

    QTextDocument *m_document;
    Core::RecoveryStore m_recovery;
    QString m_path;
    QString m_diskText; // the file's text as last read or written, to tell our changes from others'
    QString m_changedDiskText; // what another program wrote, until the writer answers
    QString m_lineEnding = QStringLiteral("\n");
    bool m_hasByteOrderMark = false;
    std::optional<QString> m_recoveredText;
    QTimer m_autosaveTimer;
    QTimer m_autosaveDeadline;
    QFileSystemWatcher m_watcher;
};

} // namespace Postwright::App
