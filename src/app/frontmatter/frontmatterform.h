#pragma once

#include "document/frontmatter.h"
#include "document/readingtime.h"

#include <QHash>
#include <QWidget>

#include <functional>

#include <memory>
#include <optional>

namespace Ui {
class FrontMatterForm;
}

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Postwright::App {

// The post's front matter as a form. It only shows what the text says, and turns each edit into
// a request for a surgical text edit; the text stays the single source of truth.
class FrontMatterForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontMatterForm)

public:
    explicit FrontMatterForm(QWidget *parent = nullptr);
    ~FrontMatterForm() override;

    // Shows the fields without moving focus: the field being typed in is left alone.
    void showFrontMatter(const Core::FrontMatter &frontMatter);
    void showReadingTime(const Core::ReadingEstimate &estimate);
    void setTagSuggestions(const QStringList &tags);
    // A field for each of the site's other taxonomies (categories, series...), named by its key.
    void setTaxonomies(const QStringList &keys);
    void setTermSuggestions(const QString &key, const QStringList &terms);
    // Where the built site will have the post, and when it appears there if not with the next build.
    void showAddress(const QString &url, const QString &scheduleNote);
    QString addressText() const;
    QLineEdit *termsEdit(const QString &key) const { return m_termEdits.value(key); }

    QString titleText() const;
    QString summaryText() const;
    QString summaryHint() const;
    // Why the date shown is not the post's (it has none, or one that cannot be read), or empty.
    QString dateHint() const;
    QDateTime shownDate() const;
    bool isFormEnabled() const;
    QString errorText() const;

signals:
    void textFieldEdited(Core::PostField field, const QString &value);
    void tagsEdited(const QStringList &tags);
    void dateEdited(const QDateTime &moment);
    void draftEdited(bool draft);
    void termsEdited(const QString &key, const QStringList &terms);
    void goToLineRequested(int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummaryCount(const QString &summary);
    // Shows the address in the label's width, shortened in the middle when it does not fit.
    void updateAddressLabel();
    static QStringList splitTags(const QString &text);
    // Completes the item being typed in a comma-separated field.
    void completeItems(
        QLineEdit *edit, QStringListModel *model, const std::function<void(const QStringList &)> &edited);

    std::unique_ptr<Ui::FrontMatterForm> m_ui;
    QStringListModel *m_tagModel = nullptr;
    QHash<QString, QLineEdit *> m_termEdits;
    QHash<QString, QStringListModel *> m_termModels;
    QStringList m_taxonomies;
    QString m_address; // as a reader's browser shows it: non-ASCII characters not percent-encoded
    QString m_scheduleNote;
    int m_errorLine = 0;
    std::optional<int> m_dateOffset; // the shown date's UTC offset, when it is written with one
    bool m_updating = false;
};

} // namespace Postwright::App
