#include "library/postactions.h"

#include "git/poststatus.h"
#include "site/imageimport.h"
#include "site/postfiles.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace Postwright::App {

using namespace Qt::Literals::StringLiterals;
using namespace Postwright::Core;

PostActions::PostActions(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent) { }

std::optional<QString> PostActions::rename(const QString &path)
{
    const QFileInfo post(path);
    const QString current =
        post.completeBaseName() == u"index" ? post.absoluteDir().dirName() : post.completeBaseName();
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Rename Post"),
        tr("New name for the post's file (its address):"), QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed().isEmpty())
        return std::nullopt;
    bool keepOldAddress = false;
    if (PostFiles::canKeepOldAddress(m_profile, PostStatus::of(path, m_profile.publishTarget))) {
        keepOldAddress = QMessageBox::question(m_dialogParent, tr("Keep the old address?"),
                             tr("This post is published. Add its old address to its aliases, so that links "
                                "to it keep working?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }
    const Result<QString> renamed = PostFiles::rename(m_profile, path, name, keepOldAddress);
    if (!renamed) {
        showError(tr("Cannot rename the post"), renamed.error().message);
        return std::nullopt;
    }
    return *renamed;
}

std::optional<QString> PostActions::moveToTrash(const QString &path, const std::function<bool()> &prepare)
{
    if (QMessageBox::warning(m_dialogParent, tr("Delete Post"),
            tr("Delete %1? It goes to the trash. If it is published, the next publish removes it from "
               "the site too.")
                .arg(QDir::toNativeSeparators(QDir(m_profile.root).relativeFilePath(path))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return std::nullopt;
    if (!prepare())
        return std::nullopt;
    const Result<QString> removed = PostFiles::remove(m_profile, path);
    if (!removed) {
        showError(tr("Cannot delete the post"), removed.error().message);
        return std::nullopt;
    }
    emit reported(tr("Moved to the trash: %1").arg(QDir::toNativeSeparators(*removed)));
    return *removed;
}

std::optional<QString> PostActions::addImage(
    const QString &postPath, const QByteArray &bytes, const QString &suggestedName)
{
    if (ImageImport::typeOf(bytes).isEmpty()) {
        showError(tr("Cannot add the image"), tr("%1 is not a PNG, JPEG, GIF, WebP or SVG image.").arg(suggestedName));
        return std::nullopt;
    }
    ImageDialog dialog(bytes, suggestedName, m_imageDefaults, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const PreparedImage &prepared = dialog.prepared();
    if (dialog.options().format != m_imageDefaults.format) {
        m_imageDefaults.format = dialog.options().format;
        emit imageFormatChosen(m_imageDefaults.format);
    }
    const Result<ImportedImage> image = ImageImport::import(m_profile, postPath, prepared.bytes, suggestedName);
    if (!image) {
        showError(tr("Cannot add the image"), image.error().message);
        return std::nullopt;
    }
    const QString saved = QDir::toNativeSeparators(QDir(m_profile.root).relativeFilePath(image->path));
    emit reported(prepared.hasLocation ? tr("Image saved as %1; it still says where it was taken").arg(saved)
                                       : tr("Image saved as %1").arg(saved));
    const CaptionStyle style =
        dialog.caption().isEmpty() ? CaptionStyle::Markdown : ImageImport::captionStyleOf(m_profile);
    return ImageImport::figureFor(dialog.altText(), dialog.caption(), image->link, style);
}

std::optional<std::pair<QByteArray, QString>> PostActions::chooseImageFile()
{
    // Photos come from the pictures folder more often than from the blog.
    static QString lastFolder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Insert Image"), lastFolder,
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    lastFolder = QFileInfo(path).absolutePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot add the image"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    return std::pair{file.readAll(), QFileInfo(path).fileName()};
}

void PostActions::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_dialogParent, title, message);
}

} // namespace Postwright::App
