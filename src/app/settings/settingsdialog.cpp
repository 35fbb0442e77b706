#include "settings/settingsdialog.h"

#include "publish/keychainstore.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using Core::ReadingPreset;

SettingsDialog::SettingsDialog(const AppSettings &app, const QString &blogRoot, const BlogSettings &blog,
    const QStringList &spellingLanguages, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_blogRoot(blogRoot), m_blog(blog)
{
    m_ui->setupUi(this);

    m_ui->fontCombo->setCurrentFont(app.editorFont);
    m_ui->fontSizeSpin->setValue(app.editorFont.pointSize() > 0 ? app.editorFont.pointSize() : 11);
    m_ui->themeCombo->setCurrentIndex(int(app.theme));
    // Each language in its own name, so a writer can find theirs in any UI language.
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    m_ui->languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(app.language)));
    m_ui->autosaveSpin->setValue(app.autosaveDelayMs / 1000.0);

    m_ui->generatorCombo->addItem(tr("Detect automatically"), QString());
    for (const Core::Generator generator :
        {Core::Generator::Hugo, Core::Generator::Jekyll, Core::Generator::Astro, Core::Generator::Eleventy}) {
        const QString name = Core::SiteProfile::generatorName(generator);
        m_ui->generatorCombo->addItem(name, name);
    }
    m_ui->generatorCombo->setCurrentIndex(qMax(0, m_ui->generatorCombo->findData(blog.generator)));
    m_ui->contentFolderEdit->setText(blog.contentFolder);
    m_ui->presetCombo->addItem(tr("As the site generator shows it"), -1);
    m_ui->presetCombo->addItem(tr("Hugo (213 words a minute)"), int(ReadingPreset::Hugo));
    m_ui->presetCombo->addItem(tr("reading-time package (200 words a minute)"), int(ReadingPreset::ReadingTime));
    m_ui->presetCombo->addItem(tr("Medium (275 words a minute, plus images)"), int(ReadingPreset::Medium));
    m_ui->presetCombo->addItem(tr("Custom"), int(ReadingPreset::Custom));
    m_ui->presetCombo->setCurrentIndex(
        qMax(0, m_ui->presetCombo->findData(blog.readingPreset ? int(*blog.readingPreset) : -1)));
    m_ui->wordsPerMinuteSpin->setValue(blog.customWordsPerMinute);
    const auto updateWordsPerMinute = [this] {
        m_ui->wordsPerMinuteSpin->setEnabled(m_ui->presetCombo->currentData().toInt() == int(ReadingPreset::Custom));
    };
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, updateWordsPerMinute);
    updateWordsPerMinute();
    m_ui->stylesheetEdit->setText(QDir::toNativeSeparators(blog.stylesheet));
    connect(m_ui->stylesheetButton, &QPushButton::clicked, this, &SettingsDialog::chooseStylesheet);
    m_ui->remoteContentCheck->setChecked(blog.allowRemoteContent);
    m_ui->imageWidthSpin->setValue(blog.imageWidth);
    m_ui->keepImageMetadataCheck->setChecked(blog.keepImageMetadata);
    m_ui->spellingCombo->addItem(tr("The system's language"), QVariant());
    m_ui->spellingCombo->addItem(tr("Off"), QString());
    for (const QString &language : spellingLanguages)
        m_ui->spellingCombo->addItem(language, language);
    if (blog.spellingLanguage)
        m_ui->spellingCombo->setCurrentIndex(qMax(0, m_ui->spellingCombo->findData(*blog.spellingLanguage)));
    m_ui->commitMessageEdit->setText(blog.commitMessage);
    m_ui->remoteEdit->setText(blog.remote);
    m_ui->branchEdit->setText(blog.branch);
    if (blogRoot.isEmpty()) {
        m_ui->blogLabel->setText(tr("Open a blog to change its settings."));
        for (QWidget *field : m_ui->blogTab->findChildren<QWidget *>()) {
            if (field != m_ui->blogLabel)
                field->setEnabled(false);
        }
    } else {
        m_ui->blogLabel->setText(tr("For the blog in %1. Kept in Postwright's settings, not in the repository.")
                                     .arg(QDir::toNativeSeparators(blogRoot)));
    }

    listCredentials();
    connect(m_ui->credentialsList, &QListWidget::currentRowChanged, this,
        [this](int row) { m_ui->forgetButton->setEnabled(row >= 0); });
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->credentialsList->currentItem()) {
            KeychainStore::remove(item->data(Qt::UserRole).toString());
            listCredentials();
        }
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showDetected(const Core::SiteProfile &detected)
{
    const Core::SiteModel &site = *detected.site;
    m_ui->generatorCombo->setItemText(
        0, tr("Detect automatically (found: %1)").arg(Core::SiteProfile::generatorName(detected.generator)));
    QStringList folders;
    for (const Core::PostFolder &folder : site.postFolders)
        folders.append(QDir(detected.root).relativeFilePath(folder.path));
    m_ui->contentFolderEdit->setPlaceholderText(tr("Found: %1").arg(folders.join(u", "_s)));
    QStringList found;
    if (site.isMultilingual()) {
        QStringList codes;
        for (const Core::SiteLanguage &language : site.languages)
            codes.append(language.code);
        found.append(tr("languages %1").arg(codes.join(u", "_s)));
    }
    if (!site.baseUrl.isEmpty())
        found.append(tr("address %1").arg(site.baseUrl));
    if (detected.generator == Core::Generator::Hugo) {
        found.append(site.hasCjkLanguage ? tr("CJK word counts") : tr("no CJK word counts"));
        if (site.buildFuture)
            found.append(tr("builds future posts"));
    }
    for (const QString &problem : site.problems)
        found.append(tr("could not read %1").arg(problem));
    if (!found.isEmpty())
        m_ui->blogLabel->setText(
            m_ui->blogLabel->text() + u"\n"_s + tr("Read from the site's configuration: %1.").arg(found.join(u"; "_s)));
}

void SettingsDialog::showPage(Page page)
{
    m_ui->tabs->setCurrentIndex(int(page));
}

void SettingsDialog::listCredentials()
{
    m_ui->credentialsList->clear();
    const QStringList keys = KeychainStore::storedKeys();
    for (const QString &key : keys) {
        auto *item = new QListWidgetItem(key, m_ui->credentialsList);
        item->setData(Qt::UserRole, key);
    }
    if (keys.isEmpty())
        m_ui->credentialsList->addItem(tr("(none)"));
    m_ui->credentialsList->setEnabled(!keys.isEmpty());
    m_ui->forgetButton->setEnabled(false);
}

void SettingsDialog::chooseStylesheet()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Preview Stylesheet"), m_blogRoot, tr("Stylesheets (*.css);;All files (*)"));
    if (!path.isEmpty())
        m_ui->stylesheetEdit->setText(QDir::toNativeSeparators(path));
}

AppSettings SettingsDialog::appSettings() const
{
    AppSettings app;
    app.editorFont = m_ui->fontCombo->currentFont();
    app.editorFont.setPointSize(m_ui->fontSizeSpin->value());
    app.theme = AppSettings::Theme(m_ui->themeCombo->currentIndex());
    app.language = m_ui->languageCombo->currentData().toString();
    app.autosaveDelayMs = int(m_ui->autosaveSpin->value() * 1000);
    return app;
}

BlogSettings SettingsDialog::blogSettings() const
{
    BlogSettings blog = m_blog;
    blog.generator = m_ui->generatorCombo->currentData().toString();
    blog.contentFolder = m_ui->contentFolderEdit->text().trimmed();
    const int preset = m_ui->presetCombo->currentData().toInt();
    blog.readingPreset = preset < 0 ? std::nullopt : std::optional(ReadingPreset(preset));
    blog.customWordsPerMinute = m_ui->wordsPerMinuteSpin->value();
    blog.stylesheet = QDir::fromNativeSeparators(m_ui->stylesheetEdit->text().trimmed());
    blog.allowRemoteContent = m_ui->remoteContentCheck->isChecked();
    blog.imageWidth = m_ui->imageWidthSpin->value();
    blog.keepImageMetadata = m_ui->keepImageMetadataCheck->isChecked();
    const QVariant spelling = m_ui->spellingCombo->currentData();
    blog.spellingLanguage = spelling.isValid() ? std::optional(spelling.toString()) : std::nullopt;
    blog.commitMessage = m_ui->commitMessageEdit->text().trimmed();
    blog.remote = m_ui->remoteEdit->text().trimmed();
    blog.branch = m_ui->branchEdit->text().trimmed();
    return blog;
}

} // namespace Postwright::App
