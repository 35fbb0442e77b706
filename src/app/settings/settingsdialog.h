#pragma once

#include "settings/appsettings.h"
#include "settings/blogsettings.h"
#include "settings/settingspage.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SettingsDialog;
}

namespace Postwright::App {

// Preferences (Designer form ui/settingsdialog.ui): the app's, the open blog's, and the sign-ins
// kept in the keychain. Forgetting a sign-in happens at once; the rest when OK is pressed.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    using Page = SettingsPage;

    // blogRoot empty: no blog is open, and its page is disabled.
    SettingsDialog(const AppSettings &app, const QString &blogRoot, const BlogSettings &blog,
        const QStringList &spellingLanguages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    // What was found in the blog's own configuration, shown as the defaults a choice overrides.
    void showDetected(const Core::SiteProfile &detected);
    AppSettings appSettings() const;
    BlogSettings blogSettings() const;

private:
    void listCredentials();
    void chooseStylesheet();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_blogRoot;
    BlogSettings m_blog;
};

} // namespace Postwright::App
