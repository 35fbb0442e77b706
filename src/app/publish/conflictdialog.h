#pragma once

#include "document/paragraphmerge.h"
#include "git/publisher.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

namespace Ui {
class ConflictDialog;
}

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Postwright::App {

// When the site changed the post too: the writer's version and the site's side by side, change by
// change (a front-matter field, a paragraph), each kept as yours, the site's or both, with the
// result to read and edit; then the result is committed on the site's version and pushed. Cancel
// leaves everything as it was.
class ConflictDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    using Side = Core::ParagraphMerge::Side;

    ConflictDialog(const Core::PublishPlan &plan, const Core::PublishConflict &conflict,
        const Core::Publisher::Options &options, Core::CredentialProvider &credentials, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    QListWidget *changesList() const;
    QPlainTextEdit *resultEdit() const;
    QPushButton *publishButton() const { return m_publishButton; }
    // The current change kept by side, as its radio button does.
    void choose(Side side);
    // What will be committed for a file of the conflict.
    QString resultOf(const QString &path) const;

signals:
    // The result was published, or why not (the dialog then closes; the receipt shows it).
    void publishedResult(const Core::Result<Core::PublishOutcome> &result);

protected:
    void reject() override;

private:
    struct FileChoices {
        Core::PublishConflict::File file;
        std::optional<Core::ParagraphMerge> merge; // a text file; else it is kept whole
        QList<Side> choices;
        Side wholeFile = Side::Mine;
        QString result;
    };
    struct Position {
        int file = 0;
        int change = -1; // -1: the whole file
    };

    void addChanges();
    void showChange();
    void showResult(int file);
    Position current() const;
    void publishResult();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    Core::PublishPlan m_plan;
    Core::PublishConflict m_conflict;
    Core::Publisher::Options m_options;
    Core::CredentialProvider &m_credentials;
    QList<FileChoices> m_files;
    int m_shownFile = -1;
    bool m_settingResult = false;
    std::atomic_bool m_cancel = false;
    QPushButton *m_publishButton = nullptr;
    QFutureWatcher<Core::Result<Core::PublishOutcome>> m_publishing;
};

} // namespace Postwright::App
