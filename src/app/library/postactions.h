#pragma once

#include "dialogs/imagedialog.h"
#include "site/siteprofile.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace Postwright::App {

// What a writer does to a post's files, from the library or the editor: rename it (keeping its
// old address where the site can), send it to the trash, and add an image to it. Each asks the
// writer what it needs (a name, a confirmation, alt text) in a dialog over the window, then does
// the work in core; a failure is shown there too, and nothing is changed by a cancelled one.
class PostActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostActions)

public:
    explicit PostActions(QWidget *dialogParent);

    void setProfile(const Core::SiteProfile &profile) { m_profile = profile; }
    // The blog's choices for new images: the width they are fitted within (0 keeps it) and whether
    // their location and camera data stay.
    void setImageDefaults(int fitWidth, bool keepMetadata, Core::ImageFormat format)
    {
        m_imageDefaults = {fitWidth, keepMetadata, format};
    }
    // The post's new path, or nothing when the writer cancelled or it could not be renamed.
    std::optional<QString> rename(const QString &path);
    // Asks first, then runs prepare (which may refuse); returns where the post went in the trash.
    std::optional<QString> moveToTrash(const QString &path, const std::function<bool()> &prepare);
    // Asks for the alt text, caption, size and format, puts the image where the site serves it and
    // returns the Markdown that shows it.
    std::optional<QString> addImage(const QString &postPath, const QByteArray &bytes, const QString &suggestedName);
    // Insert > Image: a file dialog; the file's bytes and name, or nothing when cancelled or unreadable.
    std::optional<std::pair<QByteArray, QString>> chooseImageFile();

signals:
    // Something done that the status bar should say.
    void reported(const QString &message);
    // The format chosen in the image dialog, for the blog to offer first next time.
    void imageFormatChosen(Core::ImageFormat format);

private:
    void showError(const QString &title, const QString &message) const;

    QWidget *m_dialogParent;
    Core::SiteProfile m_profile;
    ImageDialog::Defaults m_imageDefaults;
};

} // namespace Postwright::App
