#include "publish/conflictdialog.h"

#include "document/worddiff.h"
#include "ui_conflictdialog.h"

#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextCursor>
#include <QtConcurrent/QtConcurrentRun>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::ParagraphMerge;
using Core::WordDiff;

namespace {

constexpr int FileRole = Qt::UserRole;
constexpr int ChangeRole = Qt::UserRole + 1;

QString describedBytes(const QByteArray &bytes, bool exists)
{
    if (!exists)
        return ConflictDialog::tr("(removed)");
    return ConflictDialog::tr("A file of %1, kept whole").arg(QLocale().formattedDataSize(bytes.size()));
}

} // namespace

ConflictDialog::ConflictDialog(const Core::PublishPlan &plan, const Core::PublishConflict &conflict,
    const Core::Publisher::Options &options, Core::CredentialProvider &credentials, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ConflictDialog>()),
      m_plan(plan),
      m_conflict(conflict),
      m_options(options),
      m_credentials(credentials)
{
    m_ui->setupUi(this);
    setObjectName(u"conflictDialog"_s);
    m_publishButton = m_ui->buttons->addButton(tr("&Publish the Result"), QDialogButtonBox::AcceptRole);
    m_publishButton->setObjectName(u"publishResultButton"_s);
    m_publishButton->setDefault(true);
    connect(m_publishButton, &QPushButton::clicked, this, &ConflictDialog::publishResult);
    connect(&m_publishing, &QFutureWatcher<Core::Result<Core::PublishOutcome>>::finished, this, [this] {
        emit publishedResult(m_publishing.result());
        accept();
    });
    m_ui->layout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setSizes({300, 740});
    m_ui->changesList->setWordWrap(true);
    m_ui->changesList->setSpacing(2);
    m_ui->statusLabel->hide();
    m_ui->resultEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    for (const Core::PublishConflict::File &file : conflict.files) {
        FileChoices choices;
        choices.file = file;
        if (file.isText() && file.existsInMine && file.existsInTheirs) {
            choices.merge = ParagraphMerge::merge(
                QString::fromUtf8(file.base), QString::fromUtf8(file.mine), QString::fromUtf8(file.theirs));
            choices.choices = choices.merge->suggestedChoices();
            choices.result = choices.merge->result(choices.choices);
        }
        m_files.append(choices);
    }
    int conflicts = 0;
    for (const FileChoices &file : std::as_const(m_files))
        conflicts += file.merge ? file.merge->conflictCount() : 1;
    m_ui->headingLabel->setText(
        tr("<b>The site changed “%1” too.</b> Where only one of you changed something, that change is kept "
           "already. Where you both changed the same part (%n place(s)), choose what to keep. Nothing is "
           "published until you press Publish the Result; Cancel leaves everything as it was.",
            nullptr, conflicts)
            .arg(plan.title.toHtmlEscaped()));
    addChanges();

    connect(m_ui->changesList, &QListWidget::currentRowChanged, this, &ConflictDialog::showChange);
    for (auto [button, side] : {std::pair{m_ui->mineButton, Side::Mine}, std::pair{m_ui->theirsButton, Side::Theirs},
             std::pair{m_ui->bothButton, Side::Both}}) {
        connect(button, &QRadioButton::clicked, this, [this, side = side] { choose(side); });
    }
    connect(m_ui->resultEdit, &QPlainTextEdit::textChanged, this, [this] {
        // The writer's own edits to the result are what will be committed.
        if (!m_settingResult && m_shownFile >= 0 && m_files[m_shownFile].merge)
            m_files[m_shownFile].result = m_ui->resultEdit->toPlainText();
    });
    // The first place to choose, else the first change.
    int first = 0;
    for (int row = 0; row < m_ui->changesList->count(); ++row) {
        if (m_ui->changesList->item(row)->data(Qt::UserRole + 2).toBool()) {
            first = row;
            break;
        }
    }
    m_ui->changesList->setCurrentRow(first);
    m_ui->changesList->setFocus();
}

ConflictDialog::~ConflictDialog()
{
    m_cancel = true;
    m_publishing.waitForFinished();
}

QListWidget *ConflictDialog::changesList() const
{
    return m_ui->changesList;
}

QPlainTextEdit *ConflictDialog::resultEdit() const
{
    return m_ui->resultEdit;
}

void ConflictDialog::addChanges()
{
    const bool manyFiles = m_files.size() > 1;
    for (int f = 0; f < m_files.size(); ++f) {
        const FileChoices &file = m_files[f];
        const QString prefix = manyFiles ? file.file.path.section(u'/', -1) + u": "_s : QString();
        const auto add = [&](const QString &text, int change, bool isConflict, const QString &where) {
            auto *item = new QListWidgetItem(prefix + text, m_ui->changesList);
            item->setData(FileRole, f);
            item->setData(ChangeRole, change);
            item->setData(Qt::UserRole + 2, isConflict);
            item->setToolTip(file.file.path + (where.isEmpty() ? QString() : u", "_s + where));
            item->setIcon(
                style()->standardIcon(isConflict ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton));
        };
        if (!file.merge) {
            add(tr("The whole file\nboth changed it"), -1, true, {});
            continue;
        }
        const QList<ParagraphMerge::Change> &changes = file.merge->changes();
        for (int c = 0; c < changes.size(); ++c) {
            const ParagraphMerge::Change &change = changes[c];
            const QString who = change.isConflict  ? tr("both changed it")
                : change.suggested == Side::Theirs ? tr("changed on the site")
                                                   : tr("changed by you");
            const QString name = change.inFrontMatter ? tr("Field “%1”").arg(change.label)
                                                      : tr("%1 at line %2").arg(change.label).arg(change.mineLine);
            add(u"%1\n%2"_s.arg(name, who), c, change.isConflict, tr("line %1 of yours").arg(change.mineLine));
        }
    }
}

ConflictDialog::Position ConflictDialog::current() const
{
    const QListWidgetItem *item = m_ui->changesList->currentItem();
    if (!item)
        return {};
    return {item->data(FileRole).toInt(), item->data(ChangeRole).toInt()};
}

void ConflictDialog::showChange()
{
    const Position at = current();
    if (m_files.isEmpty())
        return;
    const FileChoices &file = m_files[at.file];
    Side side = file.wholeFile;
    if (at.change >= 0) {
        const ParagraphMerge::Change &change = file.merge->changes()[at.change];
        const QList<WordDiff::Piece> pieces = WordDiff::compare(change.mine, change.theirs);
        const QString removed = u"<i>%1</i>"_s.arg(tr("(not there)"));
        m_ui->mineView->setHtml(change.mine.isEmpty() ? removed : WordDiff::html(pieces, WordDiff::Kind::Removed));
        m_ui->mineView->scrollToAnchor(u"first-change"_s);
        m_ui->theirsView->setHtml(change.theirs.isEmpty() ? removed : WordDiff::html(pieces, WordDiff::Kind::Added));
        m_ui->theirsView->scrollToAnchor(u"first-change"_s);
        m_ui->bothButton->setEnabled(change.canKeepBoth());
        side = file.choices[at.change];
    } else {
        m_ui->mineView->setPlainText(describedBytes(file.file.mine, file.file.existsInMine));
        m_ui->theirsView->setPlainText(describedBytes(file.file.theirs, file.file.existsInTheirs));
        m_ui->bothButton->setEnabled(false);
    }
    m_ui->mineButton->setChecked(side == Side::Mine);
    m_ui->theirsButton->setChecked(side == Side::Theirs);
    m_ui->bothButton->setChecked(side == Side::Both);
    showResult(at.file);
}

void ConflictDialog::showResult(int fileIndex)
{
    const FileChoices &file = m_files[fileIndex];
    m_ui->resultEdit->setEnabled(file.merge.has_value());
    m_settingResult = true;
    if (!file.merge) {
        m_ui->resultEdit->setPlainText(tr("%1 is kept whole, as the side you choose has it.").arg(file.file.path));
    } else if (m_shownFile != fileIndex) {
        m_ui->resultEdit->setPlainText(file.result);
    } else if (m_ui->resultEdit->toPlainText() != file.result) {
        // One undoable edit: Ctrl+Z brings back what the writer had typed into the result.
        QTextCursor cursor(m_ui->resultEdit->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(file.result);
    }
    m_settingResult = false;
    m_shownFile = fileIndex;
    if (file.merge && current().change >= 0) {
        // Show where the chosen change is in the result.
        const ParagraphMerge::Change &change = file.merge->changes()[current().change];
        const Side side = file.choices[current().change];
        const QString chosen = side == Side::Theirs ? change.theirs : change.mine;
        const qsizetype at = chosen.trimmed().isEmpty() ? -1 : file.result.indexOf(chosen.trimmed());
        QList<QTextEdit::ExtraSelection> marks;
        if (at >= 0) {
            QTextCursor cursor(m_ui->resultEdit->document());
            cursor.setPosition(int(at));
            m_ui->resultEdit->setTextCursor(cursor);
            m_ui->resultEdit->centerCursor();
            QTextEdit::ExtraSelection mark;
            mark.cursor = cursor;
            mark.cursor.setPosition(int(at + chosen.trimmed().size()), QTextCursor::KeepAnchor);
            mark.format.setBackground(palette().color(QPalette::Highlight).lighter(180));
            marks.append(mark);
        }
        m_ui->resultEdit->setExtraSelections(marks);
    }
}

void ConflictDialog::choose(Side side)
{
    const Position at = current();
    FileChoices &file = m_files[at.file];
    if (at.change < 0) {
        file.wholeFile = side == Side::Theirs ? Side::Theirs : Side::Mine;
    } else {
        if (side == Side::Both && !file.merge->changes()[at.change].canKeepBoth())
            side = Side::Mine;
        file.choices[at.change] = side;
        file.result = file.merge->result(file.choices);
    }
    showChange();
}

QString ConflictDialog::resultOf(const QString &path) const
{
    for (const FileChoices &file : m_files) {
        if (file.file.path == path)
            return file.merge ? file.result
                              : QString::fromUtf8(file.wholeFile == Side::Theirs ? file.file.theirs : file.file.mine);
    }
    return {};
}

void ConflictDialog::publishResult()
{
    QList<Core::ResolvedFile> resolved;
    for (const FileChoices &file : std::as_const(m_files)) {
        if (file.merge)
            resolved.append({file.file.path, file.result.toUtf8()});
        else if (file.wholeFile == Side::Theirs)
            resolved.append({file.file.path, file.file.theirs, !file.file.existsInTheirs});
        else
            resolved.append({file.file.path, file.file.mine, !file.file.existsInMine});
    }
    m_publishButton->setEnabled(false);
    m_ui->splitter->setEnabled(false);
    m_ui->statusLabel->setText(tr("Publishing the result…"));
    m_ui->statusLabel->show();
    m_cancel = false;
    Core::Publisher::Options options = m_options;
    options.cancel = &m_cancel;
    options.progress = [this](const QString &stage, const Core::TransferProgress &) {
        QMetaObject::invokeMethod(this, [this, stage] { m_ui->statusLabel->setText(stage + u'…'); });
    };
    m_publishing.setFuture(
        QtConcurrent::run([this, plan = m_plan, conflict = m_conflict, resolved, options = std::move(options)] {
            return Core::Publisher::publishResolved(plan, conflict, resolved, m_credentials, options);
        }));
}

void ConflictDialog::reject()
{
    if (m_publishing.isRunning()) {
        m_cancel = true;
        m_ui->statusLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace Postwright::App
