#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;

namespace Postwright::Core {
class SpellChecker;
struct SiteModel;
} // namespace Postwright::Core

namespace Postwright::App {

class MarkdownEditor;
struct BlogSettings;

// The editor's spell checking and the menu that chooses its language: the installed Hunspell
// dictionaries with the one in use checked, and Off.
class SpellingMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingMenu)

public:
    SpellingMenu(QMenu *menu, MarkdownEditor *editor, QObject *parent = nullptr);
    ~SpellingMenu() override;

    // Checks the editor's text in language ("" is off) from now on.
    void use(const QString &language);
    QString language() const;
    // The dictionary for a post: its language's, on a site in several (none without that
    // language's dictionary); else the blog's choice, or the system's language's.
    static QString languageFor(const Core::SiteModel &site, const BlogSettings &settings, const QString &path);

signals:
    // The writer chose a language in the menu.
    void chosen(const QString &language);

private:
    void fillMenu();

    QMenu *m_menu;
    QPointer<MarkdownEditor> m_editor; // the window may delete it first
    std::unique_ptr<Core::SpellChecker> m_checker;
};

} // namespace Postwright::App
