#include "frontmatter/frontmatterform.h"

#include "ui_frontmatterform.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStringListModel>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::PostField;

namespace {

// Search engines show roughly this many characters of a description.
constexpr int shortestGoodSummary = 50;
constexpr int longestGoodSummary = 160;

} // namespace

FrontMatterForm::FrontMatterForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FrontMatterForm>()), m_tagModel(new QStringListModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"frontMatterForm"_s);
    m_ui->errorRow->hide();
    m_ui->dateEdit->setDateTime(QDateTime::currentDateTime());

    completeItems(m_ui->tagsEdit, m_tagModel, [this](const QStringList &tags) { emit tagsEdited(tags); });
    m_ui->addressLabel->hide();
    m_ui->addressLabel->installEventFilter(this);

    connect(m_ui->titleEdit, &QLineEdit::textEdited, this,
        [this](const QString &text) { emit textFieldEdited(PostField::Title, text); });
    connect(m_ui->summaryEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        updateSummaryCount(text);
        emit textFieldEdited(PostField::Summary, text);
    });
    connect(m_ui->tagsEdit, &QLineEdit::textEdited, this,
        [this](const QString &text) { emit tagsEdited(splitTags(text)); });
    // The editor shows the date's own wall-clock time; an edit keeps the date's UTC offset.
    connect(m_ui->dateEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &shown) {
        if (m_updating)
            return;
        emit dateEdited(m_dateOffset ? QDateTime(shown.date(), shown.time(), QTimeZone(*m_dateOffset)) : shown);
    });
    connect(m_ui->nowButton, &QPushButton::clicked, this, [this] {
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime written = m_dateOffset ? now.toOffsetFromUtc(*m_dateOffset) : now;
        m_updating = true;
        m_ui->dateEdit->setDateTime(QDateTime(written.date(), written.time()));
        m_updating = false;
        emit dateEdited(written);
    });
    connect(m_ui->draftCheck, &QCheckBox::toggled, this, [this](bool checked) {
        if (!m_updating)
            emit draftEdited(checked);
    });
    connect(m_ui->goToLineButton, &QPushButton::clicked, this, [this] { emit goToLineRequested(m_errorLine); });
}

FrontMatterForm::~FrontMatterForm() = default;

void FrontMatterForm::completeItems(
    QLineEdit *edit, QStringListModel *model, const std::function<void(const QStringList &)> &edited)
{
    auto *completer = new QCompleter(model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setWidget(edit);
    // Complete the item being typed (after the last comma), not the whole field.
    connect(edit, &QLineEdit::textEdited, completer, [completer](const QString &text) {
        const QString current = text.section(u',', -1).trimmed();
        if (current.isEmpty()) {
            completer->popup()->hide();
            return;
        }
        completer->setCompletionPrefix(current);
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), edit, [edit, edited](const QString &item) {
        QStringList items = splitTags(edit->text());
        if (!items.isEmpty())
            items.removeLast();
        items.append(item);
        edit->setText(items.join(u", "_s) + u", "_s);
        edited(items);
    });
}

void FrontMatterForm::setTaxonomies(const QStringList &keys)
{
    if (keys == m_taxonomies)
        return;
    m_taxonomies = keys;
    qDeleteAll(m_ui->termsRow->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_termEdits.clear();
    qDeleteAll(m_termModels);
    m_termModels.clear();
    for (const QString &key : keys) {
        // "categories" → "Categories", as the site's posts name the field.
        const QString name = key.left(1).toUpper() + key.mid(1);
        auto *label = new QLabel(name, m_ui->termsRow);
        auto *edit = new QLineEdit(m_ui->termsRow);
        edit->setObjectName(key + u"Edit"_s);
        edit->setAccessibleName(name);
        edit->setPlaceholderText(tr("Comma-separated"));
        label->setBuddy(edit);
        m_ui->termsLayout->addWidget(label);
        m_ui->termsLayout->addWidget(edit, 1);
        auto *model = new QStringListModel(this);
        m_termModels.insert(key, model);
        m_termEdits.insert(key, edit);
        completeItems(edit, model, [this, key](const QStringList &terms) { emit termsEdited(key, terms); });
        connect(edit, &QLineEdit::textEdited, this,
            [this, key](const QString &text) { emit termsEdited(key, splitTags(text)); });
        QWidget::setTabOrder(m_ui->draftCheck, edit);
    }
    m_ui->termsRow->setVisible(!keys.isEmpty());
}

void FrontMatterForm::setTermSuggestions(const QString &key, const QStringList &terms)
{
    if (QStringListModel *model = m_termModels.value(key))
        model->setStringList(terms);
}

void FrontMatterForm::showAddress(const QString &url, const QString &scheduleNote)
{
    // Hugo percent-encodes a Chinese slug; the writer reads it as the browser's address bar shows it.
    m_address = url.startsWith(u"http"_s) ? QUrl(url).toDisplayString() : url;
    m_scheduleNote = scheduleNote;
    m_ui->addressLabel->setToolTip(
        url.isEmpty() ? QString() : tr("Where the site will have this post once it is built") + u"\n"_s + m_address);
    m_ui->addressLabel->setVisible(!addressText().isEmpty());
    updateAddressLabel();
}

void FrontMatterForm::updateAddressLabel()
{
    QLabel *label = m_ui->addressLabel;
    const QString separator = m_address.isEmpty() || m_scheduleNote.isEmpty() ? QString() : u" · "_s;
    const QFontMetrics metrics = label->fontMetrics();
    const int room = label->width() - metrics.horizontalAdvance(separator + m_scheduleNote);
    const QString shown = metrics.elidedText(m_address, Qt::ElideMiddle, std::max(room, 0));
    QString text = m_address.startsWith(u"http"_s) ? u"<a href=\"%1\">%2</a>"_s.arg(
                       QUrl(m_address).toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped())
                                                   : shown.toHtmlEscaped();
    text += separator + m_scheduleNote.toHtmlEscaped();
    label->setText(text);
}

bool FrontMatterForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->addressLabel && event->type() == QEvent::Resize)
        updateAddressLabel();
    return QWidget::eventFilter(watched, event);
}

QString FrontMatterForm::addressText() const
{
    const QString separator = m_address.isEmpty() || m_scheduleNote.isEmpty() ? QString() : u" · "_s;
    return m_address + separator + m_scheduleNote;
}

QStringList FrontMatterForm::splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            tags.append(part.trimmed());
    }
    return tags;
}

void FrontMatterForm::showFrontMatter(const Core::FrontMatter &frontMatter)
{
    m_updating = true;
    const bool editable = !frontMatter.hasError();
    for (QWidget *field : {static_cast<QWidget *>(m_ui->titleEdit), static_cast<QWidget *>(m_ui->summaryEdit),
             static_cast<QWidget *>(m_ui->tagsEdit), static_cast<QWidget *>(m_ui->dateEdit),
             static_cast<QWidget *>(m_ui->nowButton), static_cast<QWidget *>(m_ui->draftCheck)}) {
        field->setEnabled(editable);
    }
    for (QLineEdit *edit : std::as_const(m_termEdits))
        edit->setEnabled(editable);
    m_ui->errorRow->setVisible(!editable);
    if (!editable) {
        const Core::Error &error = *frontMatter.error();
        m_errorLine = qMax(1, error.line);
        m_ui->errorLabel->setText(error.line > 0
                ? tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message)
                : error.message);
        m_ui->goToLineButton->setText(tr("&Go to line %1").arg(m_errorLine));
        m_updating = false;
        return;
    }
    // A field the writer is typing in keeps its text and caret; any other follows the text.
    auto setIfIdle = [](QLineEdit *edit, const QString &value) {
        if (!(edit->hasFocus() && edit->isModified()) && edit->text() != value)
            edit->setText(value);
    };
    setIfIdle(m_ui->titleEdit, frontMatter.title());
    setIfIdle(m_ui->summaryEdit, frontMatter.summary());
    if (!(m_ui->tagsEdit->hasFocus() && m_ui->tagsEdit->isModified())
        && splitTags(m_ui->tagsEdit->text()) != frontMatter.tags())
        m_ui->tagsEdit->setText(frontMatter.tags().join(u", "_s));
    for (auto it = m_termEdits.cbegin(); it != m_termEdits.cend(); ++it) {
        QLineEdit *edit = it.value();
        const QStringList terms = frontMatter.list(it.key());
        if (!(edit->hasFocus() && edit->isModified()) && splitTags(edit->text()) != terms)
            edit->setText(terms.join(u", "_s));
    }
    updateSummaryCount(m_ui->summaryEdit->text());

    const Core::PostDate date = frontMatter.date();
    if (!m_ui->dateEdit->hasFocus()) {
        m_ui->dateEdit->setDisplayFormat(date.isValid() && !date.hasTime() ? u"yyyy-MM-dd"_s : u"yyyy-MM-dd HH:mm"_s);
        if (date.isValid()) {
            m_dateOffset = date.hasZone() ? std::optional<int>(date.dateTime().offsetFromUtc()) : std::nullopt;
            const QDateTime wallClock(date.dateTime().date(), date.dateTime().time());
            if (m_ui->dateEdit->dateTime() != wallClock)
                m_ui->dateEdit->setDateTime(wallClock);
        } else {
            // Not the date of the post shown before: today, which a change here writes.
            m_dateOffset.reset();
            const QDateTime now = QDateTime::currentDateTime();
            m_ui->dateEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
        }
    }
    const Core::FrontMatterEntry *written = frontMatter.entry(Core::PostField::Date);
    if (date.isValid())
        m_ui->dateEdit->setToolTip(QString());
    else if (written && !written->isNull && !written->scalar.isEmpty())
        m_ui->dateEdit->setToolTip(
            tr("“%1” is not a date Postwright can read; a date set here replaces it").arg(written->scalar));
    else
        m_ui->dateEdit->setToolTip(tr("This post has no date yet: set one here, or press Now"));
    m_ui->draftCheck->setChecked(frontMatter.draft().value_or(false));
    m_updating = false;
}

void FrontMatterForm::showReadingTime(const Core::ReadingEstimate &estimate)
{
    m_ui->readingLabel->setText(tr("%1 · %2 words").arg(estimate.text, QLocale().toString(estimate.words)));
}

void FrontMatterForm::setTagSuggestions(const QStringList &tags)
{
    m_tagModel->setStringList(tags);
}

void FrontMatterForm::updateSummaryCount(const QString &summary)
{
    const int length = int(summary.size());
    QString text = tr("%n characters", nullptr, length);
    QString hint;
    if (length > 0 && length < shortestGoodSummary)
        hint = tr("Search engines show %1–%2 characters: this may be too short")
                   .arg(shortestGoodSummary)
                   .arg(longestGoodSummary);
    else if (length > longestGoodSummary)
        hint = tr("Search engines show %1–%2 characters: this will be cut off")
                   .arg(shortestGoodSummary)
                   .arg(longestGoodSummary);
    m_ui->summaryCountLabel->setText(hint.isEmpty() ? text : u"⚠ "_s + text);
    m_ui->summaryCountLabel->setToolTip(hint);
}

QString FrontMatterForm::titleText() const
{
    return m_ui->titleEdit->text();
}

QString FrontMatterForm::summaryText() const
{
    return m_ui->summaryEdit->text();
}

QString FrontMatterForm::dateHint() const
{
    return m_ui->dateEdit->toolTip();
}

QDateTime FrontMatterForm::shownDate() const
{
    return m_ui->dateEdit->dateTime();
}

QString FrontMatterForm::summaryHint() const
{
    return m_ui->summaryCountLabel->toolTip();
}

bool FrontMatterForm::isFormEnabled() const
{
    return m_ui->titleEdit->isEnabled();
}

QString FrontMatterForm::errorText() const
{
    return m_ui->errorRow->isVisible() ? m_ui->errorLabel->text() : QString();
}

} // namespace Postwright::App
